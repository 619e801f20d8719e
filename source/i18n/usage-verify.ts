import type {Localized} from './lang.js';
import {exitCodesHelp, networkHelp} from './usage-blocks.js';

export const verifyUsage: Localized<string> = {
	en: `Usage: segura-token verify [--profile NAME | --base-url URL] [--token-stdin]
                           [--json]

Checks a token the way Okta's "Test API Credentials" does:
GET {Base URL}/Users?startIndex=1&count=2 with "Authorization: Bearer TOKEN"
and "Accept: application/scim+json", expecting a SCIM ListResponse.

  --profile NAME          take the Base URL (and --ca, --insecure) from a
                          saved profile
  --base-url URL          the provider's Base URL (…/iso/scim/v2); overrides
                          the profile's
  --token-stdin           read the access token from standard input
                          (otherwise from SEGURA_TOKEN; never from an
                          argument: \`ps\` would show it; profiles never
                          store tokens)
  --json                  print {"ok", "status", "totalResults"} on stdout;
                          a failure as {"error": …}

Example:
  segura-token get --profile prod |
    segura-token verify --profile prod --token-stdin

${networkHelp.en}
${exitCodesHelp.en}`,
	'pt-BR': `Uso: segura-token verify [--profile NOME | --base-url URL] [--token-stdin]
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

${networkHelp['pt-BR']}
${exitCodesHelp['pt-BR']}`,
};
