import { PrivlintError } from '../errors.js';
import type { Registration } from './context.js';

export function registerExport({ program }: Registration): void {
  program
    .command('export')
    .description('(not available yet in this build) ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new PrivlintError('E_USAGE', '`privlint export` is not available in this build yet.');
    });
}
