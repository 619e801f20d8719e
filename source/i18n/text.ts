import {messages, perEntry, sectionIn, type Catalog} from './catalogs.js';
import type {Lang} from './lang.js';

// The catalogs as the rest of the program reads them, under the names it has always used: an
// error's text as a message (`netText.dns(host)`, worded where it is shown), the words of a screen
// entry by entry (`traceText.dns[lang](...)`, `doctorText.heading(host)[lang]`), or a whole section
// in one language (`wizardText[lang]`).

export type {Message} from './catalogs.js';
export type {TracePhase} from './en/trace.js';
export type {CopyPlace, ExtraKeyLabel, KeyLabel, WizardText} from './wizard-text.js';
export type PracticeText = Catalog['practiceText'];

export const argText = messages('argText');
export const completionErrors = messages('completionErrors');
export const copyErrors = messages('copyErrors');
export const demoErrors = messages('demoErrors');
export const doctorErrors = messages('doctorErrors');
export const netText = messages('netText');
export const netWords = messages('netWords');
export const notScimFound = messages('notScimFound');
export const oauthText = messages('oauthText');
export const profileErrorText = messages('profileErrorText');
export const profileInvalidText = messages('profileInvalidText');
export const profileUsageProblem = messages('profileUsageProblem');
export const scimText = messages('scimText');
export const secretCommandSplitText = messages('secretCommandSplitText');
export const secretCommandRunText = messages('secretCommandRunText');
export const secretCommandUsageText = messages('secretCommandUsageText');
export const tokenFileText = messages('tokenFileText');
export const transferErrorText = messages('transferErrorText');
export const transferProblemText = messages('transferProblemText');
export const transferUsageProblem = messages('transferUsageProblem');
export const stopMessages = messages('stoppedText');
export const cancelledText = stopMessages.cancelled;
export const wizardMessages = messages('wizardText');

export const cliText = perEntry('cliText');
export const copyFallbackText = perEntry('copyFallbackText');
export const copyText = perEntry('copyText');
export const demoText = perEntry('demoText');
export const doctorText = perEntry('doctorText');
export const doctorTlsText = perEntry('doctorTlsText');
export const getText = perEntry('getText');
export const nodeOptionsText = perEntry('nodeOptionsText');
export const plainText = perEntry('plainText');
export const profileDoneText = perEntry('profileDoneText');
export const profileKindShortText = perEntry('profileKindShortText');
export const profileKindText = perEntry('profileKindText');
export const profileListText = perEntry('profileListText');
export const profileNoticeText = perEntry('profileNoticeText');
export const profileSecretText = perEntry('profileSecretText');
export const profileShowText = perEntry('profileShowText');
export const profileWarningText = perEntry('profileWarningText');
export const secretCommandProfileText = perEntry('secretCommandProfileText');
export const stoppedText = perEntry('stoppedText');
export const traceText = perEntry('traceText');
export const transferDoneText = perEntry('transferDoneText');
export const usage = perEntry('usage');
export const verifyText = perEntry('verifyText');
export const wizardRunText = perEntry('wizardRunText');

export const extraText = sectionIn('extraText');
export const practiceText = sectionIn('practiceText');
export const wizardText = sectionIn('wizardText');

export const extraTextFor = (lang: Lang) => extraText[lang];
export const wizardTextFor = (lang: Lang) => wizardText[lang];
