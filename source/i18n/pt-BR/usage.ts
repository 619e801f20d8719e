import type {Catalog} from '../en/index.js';

const networkHelp = `Opções de rede (todos os comandos):
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
`;

const exitCodesHelp = `Códigos de saída: 0 concluído, 1 bug, 2 uso ou entrada inválida,
3 rede/TLS/tempo esgotado, 4 o servidor recusou, 5 o token falhou no teste,
130 cancelado (Ctrl+C), 129 SIGHUP, 143 SIGTERM, 141 saída fechada.
`;

const doctorUsage = `Uso: segura-token doctor [--profile NOME | --token-url URL [--base-url URL]
                         [--client-id ID]] [--kind internal|third-party]
                         [--client-secret-stdin] [--json]

Percorre o caminho desta máquina até um token que a Okta possa usar, um elo de
cada vez, e para no primeiro elo quebrado, dizendo qual é e o que fazer:

  URL      a Token URL e a Base URL são URLs que o segura-token pode usar
  DNS      todos os endereços do host
  Proxy    que proxy HTTPS_PROXY, HTTP_PROXY e NO_PROXY escolhem, e se ele
           abre um túnel até o servidor (CONNECT)
  TCP      uma conexão com a porta, e quanto tempo levou
  TLS      protocolo, cadeia de certificados (assunto, emissor, validade), se
           o certificado vale para o host, se o emissor parece um proxy que
           inspeciona TLS, e o que fazer com --ca
  HTTP     a Token URL responde como um endpoint de token (sem seguir
           redirecionamentos)
  Token    um token com as credenciais (precisa do Client Secret)
  SCIM     o teste da Okta, GET {Base URL}/Users, com esse token
  Tipo de provedor   o tipo que o token indica, comparado ao do perfil (--kind)

  --profile NOME          testa um perfil salvo (as opções abaixo têm
                          prioridade sobre ele)
  --token-url URL         a Token URL do provedor (…/iso/oauth2/token)
  --base-url URL          a Base URL do provedor (…/iso/scim/v2)
  --client-id ID          o ID do Cliente do provedor
  --kind TIPO             o tipo de provedor: internal ou third-party
  --client-secret-stdin   lê o Client Secret da entrada padrão (senão de
                          SEGURA_CLIENT_SECRET ou do perfil; sem ele, Token e
                          SCIM não são testados)
  --json                  o mesmo relatório em JSON na saída padrão

Cada elo é uma linha com ✔ (bom), ✘ (quebrado), ! (bom, com um aviso) ou –
(não testado), e o tempo. Código de saída: 0 quando todos os elos testados
estão bons; senão, o código do primeiro elo quebrado.

Exemplo:
  segura-token doctor --profile prod

${networkHelp}
${exitCodesHelp}`;

const getUsage = `Uso: segura-token get [opções]

Pede um token de client credentials à Token URL e mostra só o token na saída
padrão.

  --profile NOME          usa um perfil salvo (as opções abaixo têm prioridade)
  --token-url URL         a Token URL do provedor (…/iso/oauth2/token)
  --client-id ID          o ID do Cliente do provedor
  --client-secret-stdin   lê o Client Secret da entrada padrão
                          (senão de SEGURA_CLIENT_SECRET ou do perfil; nunca
                          de um argumento: o \`ps\` o mostraria)
  --client-secret-command CMD
                          executa CMD (sem shell: só aspas e barras
                          invertidas) e lê o Client Secret da primeira linha
                          que ele mostrar; ele pode perguntar no terminal;
                          limite de 60 s
  --auth basic|body       Client Authentication: cabeçalho Basic (padrão) ou
                          corpo do formulário
  --encoding rfc|raw      codificação do Basic: RFC 6749 (padrão) ou raw, como
                          o Postman envia
  --scope S               pede este Escopo
  --param CHAVE=VALOR     um parâmetro extra do formulário; pode ser repetido
                          (Segura: --param ttl=60)
  --json                  mostra {"access_token", "token_type", "expires_in",
                          "expires_at", "scope"}; uma falha como {"error": …}
  --copy                  copia o token em vez de mostrá-lo (OSC 52 pelo
                          SSH/tmux/screen, ou a área de transferência local)
  --output ARQUIVO        grava o token no ARQUIVO (permissão 0600); um ARQUIVO
                          existente é mantido, a não ser com --force

Valores colados com espaços, aspas ou uma quebra de linha em volta são limpos,
e a saída de erro (stderr) diz o que foi removido.

Exemplo:
  read -rs SEGURA_CLIENT_SECRET; export SEGURA_CLIENT_SECRET
  segura-token get --client-id abc123 \\
    --token-url https://segura.exemplo.com.br/iso/oauth2/token

${networkHelp}
${exitCodesHelp}`;

const verifyUsage = `Uso: segura-token verify [--profile NOME | --base-url URL] [--token-stdin]
                         [--json]

Testa um token como o "Test API Credentials" da Okta:
GET {Base URL}/Users?startIndex=1&count=2 com "Authorization: Bearer TOKEN" e
"Accept: application/scim+json", esperando uma ListResponse SCIM.

  --profile NOME          usa a Base URL (e --ca, --insecure) de um perfil
                          salvo
  --base-url URL          a Base URL do provedor (…/iso/scim/v2); tem
                          prioridade sobre a do perfil
  --token-stdin           lê o token de acesso da entrada padrão
                          (senão de SEGURA_TOKEN; nunca de um argumento: o
                          \`ps\` o mostraria; perfis nunca guardam tokens)
  --json                  mostra {"ok", "status", "totalResults"} na saída
                          padrão; uma falha como {"error": …}

Exemplo:
  segura-token get --profile prod |
    segura-token verify --profile prod --token-stdin

${networkHelp}
${exitCodesHelp}`;

const mainUsage = `segura-token: o token de acesso OAuth 2.0 de que a aplicação SCIM da Okta
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

${networkHelp}
${exitCodesHelp}`;

const demoUsage = `Uso: segura-token demo [--serve [--json]] [--port N] [--reset] [--plain]

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
`;

const profilesUsage = `Uso: segura-token profiles list [--json]
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
                       --client-secret-command CMD (o Client Secret lido
                       de CMD a cada vez; veja get --help)

Exemplo, de um notebook para um jump host:
  segura-token profiles export prod | ssh jump segura-token profiles import -
`;

const completionUsage = `Uso: segura-token completion bash|zsh|fish

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
`;

export const usage: Catalog['usage'] = {
	main: mainUsage,
	get: getUsage,
	verify: verifyUsage,
	profiles: profilesUsage,
	doctor: doctorUsage,
	demo: demoUsage,
	completion: completionUsage,
};
