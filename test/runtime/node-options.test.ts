import {describe, expect, it} from 'vitest';
import {nodeOptionsText} from '../../source/i18n/text.js';
import {nodeOptionsWarning} from '../../source/runtime/node-options.js';

describe('nodeOptionsWarning', () => {
	it('names the options that load code or open a debugger, once each, in the order given', () => {
		expect(nodeOptionsWarning('--require=/tmp/a.cjs -r /tmp/b.cjs', false)).toEqual(nodeOptionsText.loadsCode('--require, -r'));
		expect(nodeOptionsWarning('--import=x --experimental-loader=y --loader z', false)).toEqual(nodeOptionsText.loadsCode('--import, --experimental-loader, --loader'));
		expect(nodeOptionsWarning('--inspect', false)).toEqual(nodeOptionsText.debugs('--inspect'));
		expect(nodeOptionsWarning('--inspect-brk=9229 --inspect-wait', false)).toEqual(nodeOptionsText.debugs('--inspect-brk, --inspect-wait'));
		expect(nodeOptionsWarning(' --inspect=127.0.0.1:9229  --require x ', false)).toEqual(nodeOptionsText.both('--inspect, --require'));
	});

	it('says nothing of other options, of an empty NODE_OPTIONS, or in the standalone executable', () => {
		expect(nodeOptionsWarning('--max-old-space-size=200 --inspect-port=9229 --no-warnings --requirement', false)).toBeUndefined();
		expect(nodeOptionsWarning('', false)).toBeUndefined();
		expect(nodeOptionsWarning(undefined, false)).toBeUndefined();
		expect(nodeOptionsWarning('--require=/tmp/a.cjs --inspect', true)).toBeUndefined();
	});
});
