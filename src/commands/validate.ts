import { Option } from 'commander';
import { debugOption, manifestOption, type Registration } from './context.js';

export interface ValidateOptions {
  format: 'pretty' | 'json';
  color?: boolean;
  manifest?: string;
}

export function registerValidate({ program, io, setExitCode }: Registration): void {
  program
    .command('validate')
    .description('check the privacy manifest alone: YAML, schema, references between its sections, taxonomy ids')
    .argument('[manifest]', 'the manifest file (default: privacy.yml, privacy.yaml or .privacy/manifest.yml, searched from the current dir upwards)')
    .addOption(manifestOption())
    .addOption(new Option('--format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('--no-color', 'print without colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(debugOption())
    .action(async (positional: string | undefined, options: ValidateOptions) => {
      // The YAML parser and the schema validator load only when validate runs.
      const { runValidate } = await import('./run-validate.js');
      setExitCode(runValidate(positional, options, io));
    });
}
