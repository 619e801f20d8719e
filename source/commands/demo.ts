import {netOptionsFrom, parseCommandArgs} from '../cli/parse-command-args.js';
import {ConfigError} from '../errors/app-error.js';
import {demoErrors, usage} from '../i18n/text.js';
import type {CommandIo} from '../cli/command-io.js';
import {demoOptions} from './command-options.js';

/** `segura-token demo`: the practice server, alone (--serve) or with the wizard in front of it. */
export async function demoCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs('demo', argv, demoOptions);
	if (values.help) {
		io.stdout.write(usage.demo[io.lang]);
		return 0;
	}
	const port = values.port === undefined ? undefined : /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
	if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
		throw new ConfigError(demoErrors.invalidPort(values.port ?? ''), {reason: 'usage'});
	}
	const start = {...(port === undefined ? {} : {port}), reset: values.reset === true};
	if (values.serve) {
		const {demoServe} = await import('./demo-serve.js');
		return demoServe({start, json: values.json === true}, io);
	}
	const {demoWizard} = await import('./wizard.js');
	return demoWizard({plain: values.plain === true, net: netOptionsFrom(values), isVerbose: values.verbose === true}, io, start);
}
