import type {Localized} from './lang.js';

// The blocks every command's --help ends with. Every line of every help fits 80 columns, in both
// languages (test/cli/help.test.ts).

export const networkHelp: Localized<string> = {
	en: `Network options (every command):
  --ca FILE            also trust the CA certificates in FILE (PEM)
  --insecure           do not check TLS certificates (last resort; warned)
  --timeout SECONDS    give up after SECONDS (default 30)
  --verbose            show each HTTP exchange on stderr as curl -v does, with
                       the Client Secret, tokens and proxy passwords redacted;
                       the wizard shows it when it ends, unless --plain or
                       stderr is not the terminal (2>FILE)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are honoured.
`,
	'pt-BR': `Opções de rede (todos os comandos):
  --ca ARQUIVO         confia também nos certificados de CA do ARQUIVO (PEM)
  --insecure           não verifica certificados TLS (último recurso; mostra um
                       aviso)
  --timeout SEGUNDOS   desiste depois de SEGUNDOS (padrão: 30)
  --verbose            mostra cada troca HTTP na saída de erro (stderr), como o
                       curl -v, com o Client Secret, os tokens e a senha do
                       proxy ocultos; o assistente mostra tudo ao terminar,
                       salvo com --plain ou com a saída de erro (stderr) fora
                       do terminal (2>ARQUIVO)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY e NODE_EXTRA_CA_CERTS são respeitados.
`,
};

export const exitCodesHelp: Localized<string> = {
	en: `Exit codes: 0 done, 1 bug, 2 usage or invalid input, 3 network/TLS/timeout,
4 the server refused, 5 the token failed verification, 130 cancelled (Ctrl+C),
129 SIGHUP, 143 SIGTERM, 141 output closed.
`,
	'pt-BR': `Códigos de saída: 0 concluído, 1 bug, 2 uso ou entrada inválida,
3 rede/TLS/tempo esgotado, 4 o servidor recusou, 5 o token falhou no teste,
130 cancelado (Ctrl+C), 129 SIGHUP, 143 SIGTERM, 141 saída fechada.
`,
};
