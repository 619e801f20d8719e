import * as cli from '../../source/i18n/cli.js';
import * as clipboard from '../../source/i18n/clipboard.js';
import * as common from '../../source/i18n/common.js';
import * as demo from '../../source/i18n/demo.js';
import * as doctor from '../../source/i18n/doctor.js';
import * as doctorTls from '../../source/i18n/doctor-tls.js';
import * as get from '../../source/i18n/get.js';
import type {Lang} from '../../source/i18n/lang.js';
import * as net from '../../source/i18n/net.js';
import * as oauth from '../../source/i18n/oauth.js';
import * as plain from '../../source/i18n/plain.js';
import * as practice from '../../source/i18n/practice.js';
import * as profiles from '../../source/i18n/profiles.js';
import * as profileTransfer from '../../source/i18n/profile-transfer.js';
import * as scim from '../../source/i18n/scim.js';
import * as secretCommand from '../../source/i18n/secret-command.js';
import * as usage from '../../source/i18n/usage.js';
import {wizardText} from '../../source/i18n/wizard.js';
import * as wizardRun from '../../source/i18n/wizard-run.js';
import * as wizardExtra from '../../source/i18n/wizard-extra.js';

const modules = {cli, clipboard, common, demo, doctor, doctorTls, get, net, oauth, plain, practice, profiles, profileTransfer, scim, secretCommand, usage, wizardRun, wizardExtra};

// What a text function is called with: words, numbers, and a list, so that every branch that
// builds a sentence from its arguments gives one.
const sampleArgs = ['VALOR', 2, ['spaces', 'quotes']];

/** Every string of a value: strings as they are, functions called with sample arguments, objects walked. */
function strings(value: unknown, path: string, out: Array<{path: string; text: string}>, depth = 0): void {
	if (depth > 8) return;
	if (typeof value === 'string') {
		out.push({path, text: value});
	} else if (typeof value === 'function') {
		for (const args of [[], [sampleArgs[0], sampleArgs[0], sampleArgs[0]], [sampleArgs[1], sampleArgs[1]], [{code: 'x', removed: ['spaces', 'quotes'], detail: 'VALOR'}]]) {
			try {
				strings((value as (...args: unknown[]) => unknown)(...args), `${path}()`, out, depth + 1);
			} catch {
				// A function that needs other arguments: its other calls cover it.
			}
		}
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out, depth + 1);
	}
}

/** Everything the app can say in `lang`, with where it comes from: the catalogs walked, the other language left out. */
export function catalogStrings(lang: Lang): Array<{path: string; text: string}> {
	const other: Lang = lang === 'en' ? 'pt-BR' : 'en';
	const out: Array<{path: string; text: string}> = [];
	const walk = (value: unknown, path: string, depth = 0): void => {
		if (depth > 8 || !value || (typeof value !== 'object' && typeof value !== 'function')) return;
		if (typeof value === 'function') {
			for (const args of [[sampleArgs[0], sampleArgs[0], sampleArgs[0]], [sampleArgs[1]], [{en: 'VALOR', 'pt-BR': 'VALOR'}]]) {
				try {
					walk((value as (...args: unknown[]) => unknown)(...args), `${path}()`, depth + 1);
				} catch {
					// Other arguments: covered by the other calls.
				}
			}
			return;
		}
		const record = value as Record<string, unknown>;
		if (lang in record && other in record) {
			strings(record[lang], `${path}.${lang}`, out);
			return;
		}
		for (const [key, item] of Object.entries(record)) walk(item, `${path}.${key}`, depth + 1);
	};
	for (const [name, module] of Object.entries(modules)) walk(module, name);
	strings(wizardText[lang], 'wizard', out);
	return out;
}
