import type {Localized} from './lang.js';
import {exitCodesHelp, networkHelp} from './usage-blocks.js';

export const doctorUsage: Localized<string> = {
	en: `Usage: segura-token doctor [--profile NAME | --token-url URL [--base-url URL]
                           [--client-id ID]] [--kind internal|third-party]
                           [--client-secret-stdin] [--json]

Walks the path from this machine to a token Okta can use, one link at a time,
and stops at the first broken one, saying which it is and what to do:

  URL      the Token URL and Base URL are URLs segura-token can use
  DNS      every address of the host
  Proxy    which proxy HTTPS_PROXY, HTTP_PROXY and NO_PROXY choose, and
           whether it opens a tunnel to the server (CONNECT)
  TCP      a connection to the port, and how long it took
  TLS      protocol, certificate chain (subject, issuer, expiry), whether it
           names the host, whether its issuer looks like a TLS-inspecting
           proxy, and --ca advice
  HTTP     the Token URL answers as a token endpoint (no redirect followed)
  Token    a token with the credentials (needs the Client Secret)
  SCIM     Okta's check, GET {Base URL}/Users, with that token
  Provider kind   the kind the token names against the profile's (--kind)

  --profile NAME          check a saved profile (the options below override it)
  --token-url URL         the provider's Token URL (…/iso/oauth2/token)
  --base-url URL          the provider's Base URL (…/iso/scim/v2)
  --client-id ID          the provider's Client ID
  --kind KIND             the provider kind: internal or third-party
  --client-secret-stdin   read the Client Secret from standard input
                          (otherwise from SEGURA_CLIENT_SECRET or the profile;
                          without one, Token and SCIM are not checked)
  --json                  the same report as JSON on stdout

Each link is a line with ✔ (holds), ✘ (broken), ! (holds with a warning) or –
(not checked), and its time. Exit code: 0 when every link checked holds, else
the code of the first broken link.

Example:
  segura-token doctor --profile prod

${networkHelp.en}
${exitCodesHelp.en}`,
	'pt-BR': `Uso: segura-token doctor [--profile NOME | --token-url URL [--base-url URL]
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

${networkHelp['pt-BR']}
${exitCodesHelp['pt-BR']}`,
};
