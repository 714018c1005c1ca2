/**
 * Lower-case words inside a surname: "Tobias van der Berg", "Margaret de Vries", "Pierre de la
 * Fontaine", "Ana dos Santos". Mr van der Berg is Tobias van der Berg: the particles are no given
 * names, and a name does not end at them.
 */
export const NAME_PARTICLES = 'van|von|de|der|den|del|della|di|da|du|des|la|le|ter|ten|bin|ibn|al|el|dos|das|do';

/** One name particle, as a whole word (lower case: "Van" opening a sentence is checked by the caller). */
export const NAME_PARTICLE_WORD = new RegExp(`^(?:${NAME_PARTICLES})$`);
