import type {Localized} from './lang.js';

export const networkHelp = {
	en: `Network options (every command):
  --ca FILE            trust the CA certificates in FILE (PEM), besides the system ones
  --insecure           do not check TLS certificates (last resort; a warning is shown)
  --timeout SECONDS    give up after SECONDS (default 30)
  --verbose            show each HTTP exchange on stderr as curl -v does, with
                       the Client Secret, tokens and proxy passwords redacted;
                       the wizard shows it when it ends, unless --plain or
                       stderr is not the terminal (2>FILE)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are honoured.
`,
	'pt-BR': `Opções de rede (todos os comandos):
  --ca ARQUIVO         confia nos certificados de CA do ARQUIVO (PEM), além dos do sistema
  --insecure           não verifica certificados TLS (último recurso; mostra um aviso)
  --timeout SEGUNDOS   desiste depois de SEGUNDOS (padrão 30)
  --verbose            mostra cada troca HTTP na saída de erro, como o curl -v,
                       com o Client Secret, os tokens e a senha do proxy
                       ocultos; o assistente mostra tudo ao terminar, salvo
                       com --plain ou com a saída de erro fora do terminal
                       (2>ARQUIVO)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY e NODE_EXTRA_CA_CERTS são respeitados.
`,
};

export const exitCodesHelp = {
	en: `Exit codes: 0 done, 1 bug, 2 usage or invalid input, 3 network/TLS/timeout,
4 the server refused, 5 the token failed verification, 130 cancelled.
`,
	'pt-BR': `Códigos de saída: 0 concluído, 1 bug, 2 uso ou entrada inválida, 3 rede/TLS/tempo esgotado,
4 o servidor recusou, 5 o token falhou na verificação, 130 cancelado.
`,
};

export const usage = {
	main: {
		en: `segura-token: get the OAuth 2.0 access token that Okta's SCIM app needs from a Segura IGA provider.

Usage:
  segura-token                 the step-by-step wizard (opens with your saved profiles)
    --profile NAME             start with that profile
    --plain                    the same steps as plain line prompts
    --lang en|pt-BR            language (default from LC_ALL / LC_MESSAGES / LANG)
  segura-token get             one token, no questions: the bare token on stdout
  segura-token verify          check a token the way Okta's "Test API Credentials" does
  segura-token profiles        list | show NAME | remove NAME | rename OLD NEW
  segura-token demo            a Segura-like practice server on this machine, and the wizard against it
    --serve                    the server alone, printing its provider details

Run "segura-token COMMAND --help" for a command's options.

${networkHelp.en}
${exitCodesHelp.en}`,
		'pt-BR': `segura-token: obtém o token de acesso OAuth 2.0 que o aplicativo SCIM da Okta precisa, a partir de um provedor de IGA do Segura.

Uso:
  segura-token                 o assistente passo a passo (abre com os seus perfis salvos)
    --profile NOME             começa com esse perfil
    --plain                    os mesmos passos como perguntas em linhas simples
    --lang en|pt-BR            idioma (padrão: LC_ALL / LC_MESSAGES / LANG)
  segura-token get             um token, sem perguntas: só o token na saída padrão
  segura-token verify          testa um token como o "Test API Credentials" da Okta
  segura-token profiles        list | show NOME | remove NOME | rename ANTIGO NOVO
  segura-token demo            um servidor de prática parecido com o Segura nesta máquina, e o assistente com ele
    --serve                    só o servidor, mostrando os detalhes dos provedores

Use "segura-token COMANDO --help" para ver as opções de um comando.

${networkHelp['pt-BR']}
${exitCodesHelp['pt-BR']}`,
	},
	get: {
		en: `Usage: segura-token get [options]

Asks the Token URL for a client-credentials token and prints the bare token on stdout.

  --profile NAME              use a saved profile (its values; flags below override them)
  --token-url URL             the provider's Token URL (…/iso/oauth2/token)
  --client-id ID              the provider's Client ID
  --client-secret-stdin       read the Client Secret from standard input
                              (otherwise from SEGURA_CLIENT_SECRET or the profile;
                              never from an argument: it would show in \`ps\`)
  --auth basic|body           client authentication: Basic header (default) or form body
  --encoding rfc|raw          Basic header encoding: RFC 6749 (default) or Postman's raw
  --scope S                   request this scope
  --param KEY=VALUE           an extra form parameter, repeatable (Segura: --param ttl=60)
  --json                      print {"access_token","token_type","expires_in","expires_at","scope"}
  --copy                      copy the token (OSC 52 through SSH/tmux/screen, or the local
                              clipboard) instead of printing it
  --output FILE               write the token to FILE (mode 0600) instead of printing it;
                              an existing FILE is kept unless --force is given

Example:
  read -rs SEGURA_CLIENT_SECRET; export SEGURA_CLIENT_SECRET
  segura-token get --token-url https://segura.example.com/iso/oauth2/token --client-id abc123

${networkHelp.en}
${exitCodesHelp.en}`,
		'pt-BR': `Uso: segura-token get [opções]

Pede um token de client credentials à Token URL e mostra só o token na saída padrão.

  --profile NOME              usa um perfil salvo (os valores dele; as opções abaixo têm prioridade)
  --token-url URL             a Token URL do provedor (…/iso/oauth2/token)
  --client-id ID              o ID do Cliente do provedor
  --client-secret-stdin       lê o Client Secret da entrada padrão
                              (senão de SEGURA_CLIENT_SECRET ou do perfil;
                              nunca de um argumento: ele apareceria no \`ps\`)
  --auth basic|body           autenticação do cliente: cabeçalho Basic (padrão) ou corpo do formulário
  --encoding rfc|raw          codificação do Basic: RFC 6749 (padrão) ou a do Postman (raw)
  --scope S                   pede este escopo
  --param CHAVE=VALOR         um parâmetro extra do formulário, pode repetir (Segura: --param ttl=60)
  --json                      mostra {"access_token","token_type","expires_in","expires_at","scope"}
  --copy                      copia o token (OSC 52 pelo SSH/tmux/screen, ou a área de
                              transferência local) em vez de mostrá-lo
  --output ARQUIVO            grava o token no ARQUIVO (modo 0600) em vez de mostrá-lo;
                              um ARQUIVO existente é mantido, a não ser com --force

Exemplo:
  read -rs SEGURA_CLIENT_SECRET; export SEGURA_CLIENT_SECRET
  segura-token get --token-url https://segura.exemplo.com.br/iso/oauth2/token --client-id abc123

${networkHelp['pt-BR']}
${exitCodesHelp['pt-BR']}`,
	},
	demo: {
		en: `Usage: segura-token demo [--serve] [--port N] [--json]

Starts a Segura-like practice server on 127.0.0.1 with two IGA providers (internal users and
third-party users), so you can try the whole procedure without a Segura.

  (no option)     start the server and open the wizard against it
  --serve         only the server: print its provider details and serve until Ctrl+C
  --port N        listen on port N (default: any free port)
  --json          with --serve, print the details as one JSON line
`,
		'pt-BR': `Uso: segura-token demo [--serve] [--port N] [--json]

Inicia um servidor de prática parecido com o Segura em 127.0.0.1, com dois provedores de IGA
(usuários internos e usuários terceiros), para você praticar o procedimento todo sem um Segura.

  (sem opção)     inicia o servidor e abre o assistente com ele
  --serve         só o servidor: mostra os detalhes dos provedores e atende até o Ctrl+C
  --port N        escuta na porta N (padrão: qualquer porta livre)
  --json          com --serve, mostra os detalhes em uma linha JSON
`,
	},
} as const satisfies Record<string, Localized<string>>;
