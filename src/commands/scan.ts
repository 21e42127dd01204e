import { PrivlintError } from '../errors.js';
import type { Registration } from './context.js';

export function registerScan({ program }: Registration): void {
  program
    .command('scan')
    .description('(not available yet in this build) ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new PrivlintError('E_USAGE', '`privlint scan` is not available in this build yet.');
    });
}
