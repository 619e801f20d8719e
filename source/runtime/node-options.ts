import {nodeOptionsText} from '../i18n/text.js';
import type {Localized} from '../i18n/lang.js';

// Node options that put other code in the process or let another process into it: whatever they
// reach can read the Client Secret and the token in memory.
const loadsCode = /^(?:--require|-r|--import|--loader|--experimental-loader)(?:=|$)/;
const debugs = /^--inspect(?:-brk|-wait)?(?:=|$)/;

/**
 * The warning for NODE_OPTIONS that load code or open a debugger, or undefined when it has none.
 * Only the npm-installed command is concerned: it runs on the user's own Node, which reads
 * NODE_OPTIONS before any of this code. The standalone executable ignores NODE_OPTIONS
 * (execArgvExtension "none" in its build), so `isStandalone` says there is nothing to warn of.
 */
export function nodeOptionsWarning(nodeOptions: string | undefined, isStandalone: boolean): Localized<string> | undefined {
	if (isStandalone || !nodeOptions) return undefined;
	const found = nodeOptions.split(/\s+/).filter(option => loadsCode.test(option) || debugs.test(option));
	if (found.length === 0) return undefined;
	const list = [...new Set(found.map(option => option.split('=')[0]!))].join(', ');
	const isLoading = found.some(option => loadsCode.test(option));
	const isDebugging = found.some(option => debugs.test(option));
	return nodeOptionsText[isLoading && isDebugging ? 'both' : isDebugging ? 'debugs' : 'loadsCode'](list);
}
