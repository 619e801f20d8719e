/** The commands `segura-token` knows, for `help COMMAND` and for the suggestion after a typo. */
export const commandNames = ['get', 'verify', 'profiles', 'doctor', 'demo', 'completion', 'help'] as const;

export type CommandName = (typeof commandNames)[number];
