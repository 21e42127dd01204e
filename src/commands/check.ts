import { PrivlintError } from '../errors.js';
import type { Registration } from './context.js';

export function registerCheck({ program }: Registration): void {
  program
    .command('check')
    .description('(not available yet in this build) ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new PrivlintError('E_USAGE', '`privlint check` is not available in this build yet.');
    });
}
