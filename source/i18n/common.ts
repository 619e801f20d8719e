import type {ErrorText, Localized} from './lang.js';

/** What ended the run, said as what it was: a Ctrl+C is not a `kill`, and neither is a dropped link. */
export const stoppedText: Readonly<Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', Localized<ErrorText>>> = {
	SIGINT: {en: {message: 'Interrupted (Ctrl+C).'}, 'pt-BR': {message: 'Interrompido (Ctrl+C).'}},
	SIGTERM: {en: {message: 'Stopped by a termination signal (SIGTERM).'}, 'pt-BR': {message: 'Encerrado por um sinal de término (SIGTERM).'}},
	SIGHUP: {
		en: {message: 'Stopped: the terminal or the SSH connection closed (SIGHUP).'},
		'pt-BR': {message: 'Encerrado: o terminal ou a conexão SSH foi fechada (SIGHUP).'},
	},
};

export const cancelledText: Localized<ErrorText> = {
	en: {message: 'Cancelled.'},
	'pt-BR': {message: 'Cancelado.'},
};
