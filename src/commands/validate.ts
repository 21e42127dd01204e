import { PrivlintError } from '../errors.js';
import type { Registration } from './context.js';

export function registerValidate({ program }: Registration): void {
  program
    .command('validate')
    .description('(not available yet in this build) ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new PrivlintError('E_USAGE', '`privlint validate` is not available in this build yet.');
    });
}
