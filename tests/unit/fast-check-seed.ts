/**
 * Property tests' random seed. On a developer's machine every run draws a new seed, so the
 * properties keep exploring (fast-check prints the seed of any failure, to replay it with
 * `FC_SEED=<seed>`). In CI the seed is fixed, so a run can be reproduced and a build is not
 * failed by a draw that no commit caused; new counterexamples are found locally and become
 * named test cases.
 */
import fc from 'fast-check';

const fixed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261123' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
