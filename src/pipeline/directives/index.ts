import { claim } from './claim/index';
import { figure } from './figure/index';
import { name } from './name/index';
import { num } from './num/index';
import { speaker } from './speaker/index';
import type { DirectiveDefinition } from './types';

/**
 * Every directive, in the order their stages run: figures first (they
 * reshape blocks), then claims (everything after needs to know whose words
 * surround it), names before speakers and numbers (a name is neither).
 * A new directive is a folder beside these and one line here.
 */
export const DIRECTIVES: readonly DirectiveDefinition[] = [figure, claim, name, speaker, num];

export const directiveNamed = (n: string) => DIRECTIVES.find((d) => d.name === n);
