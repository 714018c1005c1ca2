import { describe, expect, it } from 'vitest';
import { displayRoles } from '../../../src/ingest/attribution/roles.ts';

describe('displayRoles', () => {
  describe('one role written several ways', () => {
    it('is listed once, as most often written', () => {
      expect(displayRoles(['U.S. President-elect', 'US President-elect', 'US President-elect'])).toEqual(['US President-elect']);
      expect(displayRoles(['National Security Advisor', 'national security adviser', 'national security adviser'])).toEqual(['national security adviser']);
    });

    it('folds a place name and its adjective', () => {
      expect(displayRoles(['Ukrainian president', 'Ukrainian President', 'Ukraine President', 'Ukrainian president'])).toEqual(['Ukrainian president']);
    });

    it('leaves out a courtesy title before a name', () => {
      expect(displayRoles(['Trump’s communications director', 'Mr. Trump’s communications director'])).toEqual(['Trump’s communications director']);
    });

    it('shows the first spelling when two are written as often', () => {
      expect(displayRoles(['Kremlin Spokesman', 'Kremlin spokesman'])).toEqual(['Kremlin Spokesman']);
    });
  });

  describe('a role that ends a longer one', () => {
    it('is left out: "spokesman" says nothing "Kremlin spokesman" does not', () => {
      expect(displayRoles(['spokesman', 'Kremlin spokesman', 'spokesman'])).toEqual(['Kremlin spokesman']);
    });

    it('is kept when it only starts the longer one', () => {
      expect(displayRoles(['president', 'president of the council'])).toEqual(['president', 'president of the council']);
    });
  });

  describe('different roles', () => {
    it('are all listed, in order of first mention', () => {
      expect(displayRoles(['foreign minister', 'Kremlin spokesman', 'foreign minister'])).toEqual(['foreign minister', 'Kremlin spokesman']);
    });

    it('skip blank roles', () => {
      expect(displayRoles(['  ', 'mayor'])).toEqual(['mayor']);
      expect(displayRoles([])).toEqual([]);
    });
  });
});
