import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import type {Lang} from '../../source/i18n/lang.js';
import {isYes, lineConfirm, lineInput, linePassword, lineSelect} from '../../source/plain/line-prompts.js';
import {lineReader} from '../../source/plain/line-reader.js';

// The plain-lines prompts over real streams: answers written to a pipe, as `--plain < answers` does.

function pipe(lang: Lang = 'en') {
	const input = new PassThrough();
	const output = new PassThrough();
	let written = '';
	output.on('data', (chunk: Buffer) => (written += chunk.toString()));
	const context = {lines: lineReader(input), output, signal: new AbortController().signal, lang, echoes: false, width: 40};
	return {input, context, written: () => written};
}

describe('plain-lines prompts', () => {
	it('input: the proposal in brackets, Enter takes it; the answer is written for the transcript', async () => {
		const {input, context, written} = pipe();
		const answer = lineInput({message: 'Base URL', default: 'https://s.example.com/iso/scim/v2'}, context);
		input.write('\n');
		expect(await answer).toBe('https://s.example.com/iso/scim/v2');
		const typed = lineInput({message: 'Client ID'}, context);
		input.write('  abc123 \r\n');
		expect(await typed).toBe('abc123');
		// 40 columns: the proposal does not fit beside the label, so it goes whole on a line of its own.
		expect(written()).toBe('Base URL\n[https://s.example.com/iso/scim/v2]: \nClient ID: abc123\n');
	});

	it('wraps a prompt at words to the width, the answer after its last line', async () => {
		const {input, context, written} = pipe('pt-BR');
		const answer = linePassword({message: 'Client Secret', note: 'Enter mantém o valor atual'}, context);
		input.write('x\n');
		await answer;
		expect(written()).toBe('Client Secret (não aparece ao digitar;\nEnter mantém o valor atual): ••••••••••••\n');
		expect(written().split(' •')[0]!.split('\n').every(line => line.length <= 40)).toBe(true);
	});

	it('password: from a pipe, the line as it is, and only bullets written', async () => {
		const {input, context, written} = pipe('pt-BR');
		const answer = linePassword({message: 'Client Secret'}, context);
		input.write(' s3cr3t with spaces \n');
		expect(await answer).toBe(' s3cr3t with spaces ');
		expect(written()).toBe('Client Secret (não aparece ao digitar): ••••••••••••\n');
	});

	it('select: numbered choices wrapped to the width; a wrong answer asks again', async () => {
		const {input, context, written} = pipe();
		const answer = lineSelect(
			{message: 'Which provider?', choices: [{name: 'Internal users', value: 'internal'}, {name: 'Third-party users', value: 'third-party', description: 'the provider of users from outside the company'}]},
			context,
		);
		input.write('7\n2\n');
		expect(await answer).toBe('third-party');
		const lines = written().split('\n');
		expect(lines.slice(0, 5)).toEqual(['Which provider?', '  1. Internal users', '  2. Third-party users (the provider of', '     users from outside the company)', 'Number (1-2) [1]: 7']);
		expect(lines[5]).toBe('"7" is not one of the choices: type a number from 1 to 2.');
		expect(lines[6]).toBe('Number (1-2) [1]: 2');
	});

	it('confirm: s means yes in Portuguese, the hint is (s/N); y works too', async () => {
		const {input, context, written} = pipe('pt-BR');
		const first = lineConfirm({message: 'Remover o perfil "lab"?', default: false}, context);
		input.write('s\n');
		expect(await first).toBe(true);
		expect(written()).toBe('Remover o perfil "lab"? (s/N) s\n');
		const second = lineConfirm({message: 'Substituir?', default: false}, context);
		input.write('\n');
		expect(await second).toBe(false);
		expect(isYes('SIM', 'pt-BR')).toBe(true);
		expect(isYes('y', 'pt-BR')).toBe(true);
		expect(isYes('s', 'en')).toBe(false);
		expect(isYes('n', 'pt-BR')).toBe(false);
	});

	it('Esc then Enter is Back; the end of the input is said as such', async () => {
		const {input, context} = pipe();
		const back = lineInput({message: 'Token URL'}, context);
		input.write('\u001B\n');
		await expect(back).rejects.toMatchObject({name: 'AbortPromptError'});
		const ended = lineInput({message: 'Client ID'}, context);
		input.end('half');
		// The last line without its line break still counts; then there is nothing more.
		expect(await ended).toBe('half');
		await expect(lineInput({message: 'Client Secret'}, context)).rejects.toMatchObject({name: 'InputEndedError'});
	});

	it('a signal aborts the question', async () => {
		const {context} = pipe();
		const controller = new AbortController();
		const asked = lineInput({message: 'Segura URL'}, {...context, signal: controller.signal});
		controller.abort();
		await expect(asked).rejects.toMatchObject({name: 'AbortPromptError'});
	});
});
