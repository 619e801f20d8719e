// The wizard's pure core, for both faces (Ink and plain prompts): one module per step (profiles,
// collect, provider, configure, clear, fetch, copy), the state they share (state.ts), the moves
// between them (moves.ts), and wizard.ts, which ties them into one reducer and one key table.
export type * from './state.js';
export {createInitialState, editorTarget, enterAfterTypedAhead, failureOf, keyAction, keyHintLine, keyHints, menuChoices, pendingEffect, typedAheadValue, wizardReducer} from './wizard.js';
export type {InitialOptions, KeyHint, MenuChoice, PendingEffect, WizardAction, WizardWork} from './wizard.js';
export {characterKey, issueView, lineText, toneMarkers, type EditorTarget, type IssueView, type KeyName, type Row, type Tone, type ViewLine} from './view-lines.js';
export {checkField, cleanPaste, emptyCredentials, mask, maskToken, maxBullets, practiceOf, proposalFor, type Cleaned, type Credentials, type FieldCheck} from './credentials.js';
export {buildRequest, defaultTokenName, resolvedTokenName} from './configure-rules.js';
export {networkOf} from './moves.js';
export {profileChoices, profilesView, toSavedProfile, toSavedProfiles, type ProfileItem, type ProfilesView} from './profiles.js';
export {answeredValue, fieldView, pasteNote, type DemoRow, type FieldView} from './collect.js';
export {providerKeys, providerView, type ProviderOption, type ProviderView} from './provider.js';
export {configureView, editAction, type ChoiceView, type ConfigureFieldView, type ConfigureView} from './configure.js';
export {clearView, type ClearView} from './clear.js';
export {failureView, fetchingView, resultView, stepAtFault, type FailureView, type FaultTarget, type FetchingView, type ResultView} from './fetch.js';
export {proposedFile} from './copy.js';
export {addedTitle, addedView, copyView, type AddedView, type CopyView} from './copy-view.js';
export {profileNotes} from './profile-sync.js';
export {stepIndex, stepItems, stepLine, summaries, summaryLine, type StepItem, type StepStatus, type Summary, type SummaryItem} from './summaries.js';
export {endingOf, endingText, farewellOf, tokenOf, type Ending, type Farewell} from './farewell.js';
