import type {Localized} from './lang.js';
import {secretCommandHelp} from './secret-command.js';
import {exitCodesHelp, networkHelp} from './usage-blocks.js';
import {doctorUsage} from './usage-doctor.js';
import {getUsage} from './usage-get.js';
import {verifyUsage} from './usage-verify.js';

export {exitCodesHelp, networkHelp} from './usage-blocks.js';

const mainUsage: Localized<string> = {
	en: `segura-token: the OAuth 2.0 access token that Okta's SCIM app needs, from a
Segura IGA provider, in a terminal.

Usage:
  segura-token              the step-by-step wizard (opens with saved profiles)
    --profile NAME          start with that profile
    --plain                 the same steps as plain line prompts
    --lang en|pt-BR         language (default: LC_ALL, LC_MESSAGES, LANG)
  segura-token get          one token, no questions: the bare token on stdout
  segura-token verify       check a token as Okta's "Test API Credentials" does
  segura-token profiles     list | show NAME | remove NAME | rename OLD NEW
                            | export NAME... | import FILE | add NAME
  segura-token doctor       check the path to Segura link by link (DNS, proxy,
                            TCP, TLS, HTTP, token, SCIM)
  segura-token demo         a practice server on this machine, and the wizard
    --serve                 the server alone, printing its provider details
  segura-token completion   a completion script for bash, zsh or fish
  segura-token help COMMAND
                            the options of a command (or: COMMAND --help)
  segura-token --version    the version (or: -V)

${networkHelp.en}
${exitCodesHelp.en}`,
	'pt-BR': `segura-token: o token de acesso OAuth 2.0 de que a aplicação SCIM da Okta
precisa, obtido de um provedor de IGA do Segura, no terminal.

Uso:
  segura-token              o assistente passo a passo (abre com perfis salvos)
    --profile NOME          começa com esse perfil
    --plain                 os mesmos passos como perguntas em linhas simples
    --lang en|pt-BR         idioma (padrão: LC_ALL, LC_MESSAGES, LANG)
  segura-token get          um token, sem perguntas: só o token na saída padrão
  segura-token verify       testa um token como o "Test API Credentials" da Okta
  segura-token profiles     list | show NOME | remove NOME | rename ANTIGO NOVO
                            | export NOME... | import ARQUIVO | add NOME
  segura-token doctor       testa o caminho até o Segura elo por elo (DNS,
                            proxy, TCP, TLS, HTTP, token, SCIM)
  segura-token demo         um servidor de prática nesta máquina, e o assistente
    --serve                 só o servidor, mostrando os detalhes dos provedores
  segura-token completion   script de autocompletar para bash, zsh ou fish
  segura-token help COMANDO
                            as opções de um comando (ou: COMANDO --help)
  segura-token --version    a versão (ou: -V)

${networkHelp['pt-BR']}
${exitCodesHelp['pt-BR']}`,
};

const demoUsage: Localized<string> = {
	en: `Usage: segura-token demo [--serve [--json]] [--port N] [--reset] [--plain]

Starts a Segura-like practice server on 127.0.0.1 with two IGA providers
(internal users and third-party users), so you can try the whole procedure
without a Segura. Its port and credentials are kept for the next run.

  (no option)     start the server and open the wizard against it
  --serve         only the server: print its provider details and serve until
                  Ctrl+C
  --json          with --serve, print the details as one JSON line
  --port N        listen on port N, and keep it (default: the last run's port)
  --reset         new credentials and a new port, as on the first run
  --plain         the wizard as plain line prompts
`,
	'pt-BR': `Uso: segura-token demo [--serve [--json]] [--port N] [--reset] [--plain]

Inicia um servidor de prática parecido com o Segura em 127.0.0.1, com dois
provedores de IGA (usuários internos e usuários terceiros), para você praticar
o procedimento todo sem um Segura. A porta e as credenciais ficam para a
próxima vez.

  (sem opção)     inicia o servidor e abre o assistente com ele
  --serve         só o servidor: mostra os detalhes dos provedores e atende até
                  o Ctrl+C
  --json          com --serve, mostra os detalhes em uma linha JSON
  --port N        escuta na porta N e a mantém (padrão: a da última vez)
  --reset         credenciais e porta novas, como na primeira vez
  --plain         o assistente como perguntas em linhas simples
`,
};

const profilesUsage: Localized<string> = {
	en: `Usage: segura-token profiles list [--json]
       segura-token profiles show NAME [--json]
       segura-token profiles remove NAME
       segura-token profiles rename OLD NEW
       segura-token profiles export NAME... [--output FILE [--force]]
       segura-token profiles import FILE|- [--rename NEW] [--force]
       segura-token profiles add NAME --segura-url URL --client-id ID
                                      --kind internal|third-party [options]

The saved profiles: what the wizard keeps of a provider. Never a token; the
Client Secret only when you chose to remember it.

  list             names, kinds, hosts and the record of the last token
  show NAME        every setting of NAME, and where its secret is kept
  remove NAME      delete NAME and its token history
  rename OLD NEW   give OLD a new name
  --json           list and show as JSON (never with a secret)

  export NAME...   the profiles as a JSON document on stdout (or --output FILE,
                   mode 0600): their values and network options, never the
                   Client Secret
  import FILE      the profiles of an export (- reads standard input): all of
                   them checked first, then written together or not at all;
                   --rename NEW gives a single profile another name; --force
                   replaces profiles of the same name
  add NAME         a profile from options, checked as the wizard checks it:
                   --segura-url, --client-id, --kind; --base-url and
                   --token-url (default: Segura's paths on the Segura URL),
                   --token-name, --auth basic|body, --encoding rfc|raw,
                   --scope, --param KEY=VALUE, --ca FILE, --insecure,
${secretCommandHelp.profilesAdd.en}

Example, from a laptop to a jump host:
  segura-token profiles export prod | ssh jump segura-token profiles import -
`,
	'pt-BR': `Uso: segura-token profiles list [--json]
     segura-token profiles show NOME [--json]
     segura-token profiles remove NOME
     segura-token profiles rename ANTIGO NOVO
     segura-token profiles export NOME... [--output ARQUIVO [--force]]
     segura-token profiles import ARQUIVO|- [--rename NOVO] [--force]
     segura-token profiles add NOME --segura-url URL --client-id ID
                                    --kind internal|third-party [opções]

Os perfis salvos: o que o assistente guarda de um provedor. Nunca um token; o
Client Secret só quando você escolheu guardá-lo.

  list                 nomes, tipos, hosts e o registro do último token
  show NOME            cada configuração de NOME, e onde fica o Client Secret
  remove NOME          apaga NOME e o histórico de tokens dele
  rename ANTIGO NOVO   dá um nome novo a ANTIGO
  --json               list e show em JSON (nunca com o Client Secret)

  export NOME...       os perfis como um documento JSON na saída padrão (ou
                       --output ARQUIVO, permissão 0600): os valores e as
                       opções de rede, nunca o Client Secret
  import ARQUIVO       os perfis de uma exportação (- lê a entrada padrão):
                       todos testados antes, depois gravados juntos ou nenhum;
                       --rename NOVO dá outro nome a um único perfil; --force
                       substitui perfis de mesmo nome
  add NOME             um perfil a partir de opções, testado como o
                       assistente testa: --segura-url, --client-id, --kind;
                       --base-url e --token-url (padrão: os caminhos do Segura
                       na Segura URL), --token-name, --auth basic|body,
                       --encoding rfc|raw, --scope, --param CHAVE=VALOR,
                       --ca ARQUIVO, --insecure,
${secretCommandHelp.profilesAdd['pt-BR']}

Exemplo, de um notebook para um jump host:
  segura-token profiles export prod | ssh jump segura-token profiles import -
`,
};

const completionUsage: Localized<string> = {
	en: `Usage: segura-token completion bash|zsh|fish

Prints a script that completes segura-token's commands, options and saved
profile names in that shell (the names are read each time you press Tab).

  bash   add to ~/.bashrc:
           source <(segura-token completion bash)
  zsh    add to ~/.zshrc, after compinit:
           source <(segura-token completion zsh)
  fish   run once:
           segura-token completion fish \\
             > ~/.config/fish/completions/segura-token.fish
`,
	'pt-BR': `Uso: segura-token completion bash|zsh|fish

Mostra um script que completa os comandos, as opções e os nomes dos perfis
salvos do segura-token nesse shell (os nomes são lidos a cada vez que você
tecla Tab).

  bash   acrescente ao ~/.bashrc:
           source <(segura-token completion bash)
  zsh    acrescente ao ~/.zshrc, depois do compinit:
           source <(segura-token completion zsh)
  fish   execute uma vez:
           segura-token completion fish \\
             > ~/.config/fish/completions/segura-token.fish
`,
};

/** Each command's --help, and the main one (''), for `segura-token help COMMAND` too. */
export const usage = {
	main: mainUsage,
	get: getUsage,
	verify: verifyUsage,
	profiles: profilesUsage,
	doctor: doctorUsage,
	demo: demoUsage,
	completion: completionUsage,
} as const satisfies Record<string, Localized<string>>;

export type HelpTopic = keyof typeof usage;
