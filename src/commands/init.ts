import { PrivlintError } from '../errors.js';
import type { Registration } from './context.js';

export function registerInit({ program }: Registration): void {
  program
    .command('init')
    .description('(not available yet in this build) ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new PrivlintError('E_USAGE', '`privlint init` is not available in this build yet.');
    });
}
