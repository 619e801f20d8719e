import type {Localized} from './lang.js';
import {secretCommandHelp} from './secret-command.js';
import {exitCodesHelp, networkHelp} from './usage-blocks.js';

export const getUsage: Localized<string> = {
	en: `Usage: segura-token get [options]

Asks the Token URL for a client-credentials token and prints the bare token
on stdout.

  --profile NAME          use a saved profile (the options below override it)
  --token-url URL         the provider's Token URL (…/iso/oauth2/token)
  --client-id ID          the provider's Client ID
  --client-secret-stdin   read the Client Secret from standard input
                          (otherwise from SEGURA_CLIENT_SECRET or the profile;
                          never from an argument: \`ps\` would show it)
${secretCommandHelp.get.en}
  --auth basic|body       Client Authentication: Basic header (default) or
                          form body
  --encoding rfc|raw      Basic header encoding: RFC 6749 (default) or raw,
                          as Postman sends it
  --scope S               request this scope
  --param KEY=VALUE       an extra form parameter, repeatable
                          (Segura: --param ttl=60)
  --json                  print {"access_token", "token_type", "expires_in",
                          "expires_at", "scope"}; a failure as {"error": …}
  --copy                  copy the token instead of printing it (OSC 52
                          through SSH/tmux/screen, or the local clipboard)
  --output FILE           write the token to FILE (mode 0600) instead; an
                          existing FILE is kept unless --force is given

Values pasted with spaces, quotes or a line break around them are cleaned, and
stderr says what was removed.

Example:
  read -rs SEGURA_CLIENT_SECRET; export SEGURA_CLIENT_SECRET
  segura-token get --client-id abc123 \\
    --token-url https://segura.example.com/iso/oauth2/token

${networkHelp.en}
${exitCodesHelp.en}`,
	'pt-BR': `Uso: segura-token get [opções]

Pede um token de client credentials à Token URL e mostra só o token na saída
padrão.

  --profile NOME          usa um perfil salvo (as opções abaixo têm prioridade)
  --token-url URL         a Token URL do provedor (…/iso/oauth2/token)
  --client-id ID          o ID do Cliente do provedor
  --client-secret-stdin   lê o Client Secret da entrada padrão
                          (senão de SEGURA_CLIENT_SECRET ou do perfil; nunca
                          de um argumento: o \`ps\` o mostraria)
${secretCommandHelp.get['pt-BR']}
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

${networkHelp['pt-BR']}
${exitCodesHelp['pt-BR']}`,
};
