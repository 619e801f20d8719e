import type {ProviderKind} from '../model/provider-kind.js';
import type {ErrorText, Localized} from './lang.js';
import {profileKindText} from './profiles.js';

// `profiles export`, `profiles import` and `profiles add`: moving profiles between machines
// (never with the Client Secret) and making one from options.

type Text = Localized<ErrorText>;

const importHint = {
	en: 'Make the file with `segura-token profiles export NAME` and import it as it came out; nothing was written.',
	'pt-BR': 'Gere o arquivo com `segura-token profiles export NOME` e importe-o como saiu; nada foi gravado.',
};

/** "the import file's profiles[0] ("prod")": where in the file a problem is. */
function at(where: string): Localized<string> {
	return {en: `The import file: ${where}`, 'pt-BR': `O arquivo de importação: ${where}`};
}

export const transferErrorText = {
	tooLarge: (limit: string): Text => ({
		en: {message: `The import file is larger than ${limit}: no profile export is that large.`, hint: importHint.en},
		'pt-BR': {message: `O arquivo de importação passa de ${limit}: nenhuma exportação de perfis é tão grande.`, hint: importHint['pt-BR']},
	}),
	unreadable: (file: string, code: string): Text => ({
		en: {message: `Cannot read the import file ${file} (${code}).`, hint: 'Give the path of the file `profiles export` wrote, or - for standard input.'},
		'pt-BR': {message: `Não foi possível ler o arquivo de importação ${file} (${code}).`, hint: 'Informe o caminho do arquivo que o `profiles export` gravou, ou - para a entrada padrão.'},
	}),
	notJson: {
		en: {message: 'The import file is not JSON (or not UTF-8 text).', hint: importHint.en},
		'pt-BR': {message: 'O arquivo de importação não é JSON (ou não é texto UTF-8).', hint: importHint['pt-BR']},
	} satisfies Text,
	notExport: {
		en: {message: 'The import file is not a segura-token profile export (its "format" is not "segura-token-profiles").', hint: importHint.en},
		'pt-BR': {message: 'O arquivo de importação não é uma exportação de perfis do segura-token (o "format" não é "segura-token-profiles").', hint: importHint['pt-BR']},
	} satisfies Text,
	newerVersion: (version: string): Text => ({
		en: {message: `The import file is version ${version} of the export format, written by a newer segura-token; this one reads version 1.`, hint: 'Update segura-token on this machine, then import again.'},
		'pt-BR': {message: `O arquivo de importação está na versão ${version} do formato de exportação, gravada por um segura-token mais novo; esta versão lê a 1.`, hint: 'Atualize o segura-token nesta máquina e importe de novo.'},
	}),
	badVersion: {
		en: {message: 'The import file has no usable "version" (a whole number).', hint: importHint.en},
		'pt-BR': {message: 'O arquivo de importação não tem uma "version" usável (um número inteiro).', hint: importHint['pt-BR']},
	} satisfies Text,
	problem: (where: string, problem: Localized<string>): Text => ({
		en: {message: `${at(where).en} ${problem.en}.`, hint: importHint.en},
		'pt-BR': {message: `${at(where)['pt-BR']} ${problem['pt-BR']}.`, hint: importHint['pt-BR']},
	}),
	holdsSecret: (where: string): Text => ({
		en: {
			message: `${at(where).en} holds a Client Secret; an export never carries one, and an import never takes one.`,
			hint: 'Remove clientSecret from the file, and give the secret on that machine (SEGURA_CLIENT_SECRET, --client-secret-stdin, or the wizard\'s "Remember secret").',
		},
		'pt-BR': {
			message: `${at(where)['pt-BR']} contém um Client Secret; uma exportação nunca leva um, e uma importação nunca aceita.`,
			hint: 'Tire o clientSecret do arquivo e informe o Client Secret naquela máquina (SEGURA_CLIENT_SECRET, --client-secret-stdin ou "Guardar o Client Secret" no assistente).',
		},
	}),
	exists: (names: readonly string[]): Text => ({
		en: {
			message: `${names.length === 1 ? 'A profile named' : 'Profiles named'} ${names.map(name => `"${name}"`).join(', ')} already ${names.length === 1 ? 'exists' : 'exist'} here (names ignore upper and lower case); nothing was written.`,
			hint: 'Add --force to replace them (their token history stays), or --rename NEW to import a single profile under another name.',
		},
		'pt-BR': {
			message: `Já ${names.length === 1 ? 'existe um perfil chamado' : 'existem perfis chamados'} ${names.map(name => `"${name}"`).join(', ')} aqui (maiúsculas e minúsculas não contam); nada foi gravado.`,
			hint: 'Use --force para substituí-los (o histórico de tokens fica), ou --rename NOVO para importar um único perfil com outro nome.',
		},
	}),
	renameNeedsOne: (count: number): Text => ({
		en: {message: `--rename names one profile, and the import file holds ${count}.`, hint: 'Export that profile alone (segura-token profiles export NAME), or leave --rename out.'},
		'pt-BR': {message: `--rename dá nome a um perfil, e o arquivo de importação tem ${count}.`, hint: 'Exporte só esse perfil (segura-token profiles export NOME) ou deixe o --rename de fora.'},
	}),
	missingAddValue: (flag: string): Text => ({
		en: {message: `profiles add needs ${flag} (--base-url and --token-url default to Segura's paths on the Segura URL).`, hint: 'For example: segura-token profiles add NAME --segura-url URL --client-id ID --kind internal'},
		'pt-BR': {message: `profiles add precisa de ${flag} (--base-url e --token-url têm como padrão os caminhos do Segura na Segura URL).`, hint: 'Por exemplo: segura-token profiles add NOME --segura-url URL --client-id ID --kind internal'},
	}),
};

/** The words of a problem in the file, after "The import file: profiles[0] ("prod")". */
export const transferProblemText = {
	notObject: {en: 'is not a JSON object', 'pt-BR': 'não é um objeto JSON'},
	noProfiles: {en: 'has no profiles (an empty list)', 'pt-BR': 'não tem perfis (a lista está vazia)'},
	notList: {en: 'is not a list', 'pt-BR': 'não é uma lista'},
	tooMany: (limit: number): Localized<string> => ({en: `holds more than ${limit} profiles`, 'pt-BR': `tem mais de ${limit} perfis`}),
	unknownField: (field: string): Localized<string> => ({
		en: `has a field ${field} that a profile export does not have`,
		'pt-BR': `tem um campo ${field} que uma exportação de perfis não tem`,
	}),
	missingField: (field: string): Localized<string> => ({en: `has no ${field}`, 'pt-BR': `não tem ${field}`}),
	notText: (field: string): Localized<string> => ({en: `${field} is not text`, 'pt-BR': `${field} não é texto`}),
	empty: (field: string): Localized<string> => ({en: `${field} is empty`, 'pt-BR': `${field} está vazio`}),
	tooLong: (field: string, limit: number): Localized<string> => ({en: `${field} is longer than ${limit} characters`, 'pt-BR': `${field} passa de ${limit} caracteres`}),
	notBoolean: (field: string): Localized<string> => ({en: `${field} is not true or false`, 'pt-BR': `${field} não é true nem false`}),
	notPairs: (field: string): Localized<string> => ({en: `${field} is not a list of [KEY, VALUE] pairs of text`, 'pt-BR': `${field} não é uma lista de pares [CHAVE, VALOR] de texto`}),
	sameName: (name: string): Localized<string> => ({en: `names "${name}" twice (names ignore upper and lower case)`, 'pt-BR': `tem o nome "${name}" duas vezes (maiúsculas e minúsculas não contam)`}),
} as const;

export const transferDoneText = {
	exported: (count: number, file: string): Localized<string> => ({
		en: `Exported ${count} ${count === 1 ? 'profile' : 'profiles'} to ${file} (without any Client Secret).`,
		'pt-BR': `${count} ${count === 1 ? 'perfil exportado' : 'perfis exportados'} para ${file} (sem nenhum Client Secret).`,
	}),
	added: (name: string, kind: ProviderKind, host: string): Localized<string> => ({
		en: `Added profile "${name}" (${profileKindText[kind].en}, ${host}).`,
		'pt-BR': `Perfil "${name}" adicionado (${profileKindText[kind]['pt-BR']}, ${host}).`,
	}),
	replaced: (name: string, kind: ProviderKind, host: string): Localized<string> => ({
		en: `Replaced profile "${name}" (${profileKindText[kind].en}, ${host}); its token history stays.`,
		'pt-BR': `Perfil "${name}" substituído (${profileKindText[kind]['pt-BR']}, ${host}); o histórico de tokens fica.`,
	}),
	secretKept: (name: string): Localized<string> => ({
		en: `"${name}" keeps the Client Secret it remembered here (same Client ID and Token URL).`,
		'pt-BR': `"${name}" mantém o Client Secret que guardava aqui (mesmo ID do Cliente e mesma Token URL).`,
	}),
	noSecret: {
		en: 'No Client Secret travels with a profile: give it here with SEGURA_CLIENT_SECRET or --client-secret-stdin, or remember it in the wizard.',
		'pt-BR': 'Nenhum Client Secret vai junto com um perfil: informe-o aqui com SEGURA_CLIENT_SECRET ou --client-secret-stdin, ou guarde-o pelo assistente.',
	} satisfies Localized<string>,
	caFileMissing: (name: string, file: string): Localized<string> => ({
		en: `The CA file of "${name}", ${file}, is not on this machine: copy it there, or add the profile again with --ca FILE.`,
		'pt-BR': `O arquivo de CA de "${name}", ${file}, não está nesta máquina: copie-o para lá ou adicione o perfil de novo com --ca ARQUIVO.`,
	}),
	proposed: (flag: string, value: string): Localized<string> => ({
		en: `${flag} not given: Segura's documented path on the Segura URL, ${value}.`,
		'pt-BR': `${flag} não informado: o caminho documentado do Segura na Segura URL, ${value}.`,
	}),
};

export const transferUsageProblem = {
	arguments: (subcommand: 'export' | 'import' | 'add'): Localized<string> => ({
		en: `profiles ${subcommand} takes ${{export: 'one NAME or more', import: 'one FILE (- for standard input)', add: 'one NAME'}[subcommand]}.`,
		'pt-BR': `profiles ${subcommand} precisa de ${{export: 'um NOME ou mais', import: 'um ARQUIVO (- para a entrada padrão)', add: 'um NOME'}[subcommand]}.`,
	}),
	option: (option: string, subcommand: string): Localized<string> => ({
		en: `--${option} does not go with profiles ${subcommand}.`,
		'pt-BR': `--${option} não se usa com profiles ${subcommand}.`,
	}),
};
