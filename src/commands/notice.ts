import { PrivlintError } from '../errors.js';
import type { Registration } from './context.js';

export function registerNotice({ program }: Registration): void {
  program
    .command('notice')
    .description('(not available yet in this build) ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new PrivlintError('E_USAGE', '`privlint notice` is not available in this build yet.');
    });
}
