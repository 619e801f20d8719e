// The wizard's pure core, for both faces (Ink and plain prompts): state, actions, keys, effects
// and views. Each step lives in a folder of its own (collect/, provider/, configure/, clear/,
// fetch/, copy/, and profiles/ for the picker before step 1); shared/ and rules/ hold what
// several steps use; the files here tie the steps together.
export type {GlobalAction, WizardAction} from './actions.js';
export {editAction} from './configure/actions.js';
export type * from './state.js';
export {createInitialState, type InitialOptions} from './initial-state.js';
export {wizardReducer} from './reducer.js';
export {pendingEffect, runEffect, type PendingEffect} from './effects.js';
export type {WizardServices} from './services.js';
export {editorTarget, type EditorTarget} from './editor.js';
export {keyAction, keyHintLine, keyHints, menuChoices, type KeyHint, type KeyName, type MenuChoice} from './keys.js';
export {stepIndex, stepItems, stepLine, type StepItem, type StepStatus} from './step-bar.js';
export {summaries, summaryLine, type Summary, type SummaryItem} from './summaries.js';
export {issueView, lineText, toneMarkers, type IssueView, type Row, type Tone, type ViewLine} from './shared/line.js';
export type {Prefill} from './shared/prefill.js';
export {networkOf, practiceOf} from './shared/base.js';
export {checkField, emptyCredentials, proposalFor, type Credentials, type FieldCheck} from './rules/check-field.js';
export {cleanPaste, type Cleaned} from './rules/clean-paste.js';
export {buildRequest, defaultConfig, defaultTokenName, resolvedTokenName, type ConfigDraft} from './rules/configure-rules.js';
export {formatParams, parseParams, type Param} from './rules/extra-params.js';
export {mask, maskToken} from './rules/mask.js';
export {profilesView, type ProfileItem, type ProfilesView} from './profiles/view.js';
export {toSavedProfile, toSavedProfiles} from './profiles/saved-profile.js';
export {fieldView, type DemoRow, type FieldView} from './collect/view.js';
export {providerKeys, providerView, type ProviderOption, type ProviderView} from './provider/view.js';
export {configureView, type ChoiceView, type ConfigureFieldView, type ConfigureView} from './configure/view.js';
export {clearView, type ClearView} from './clear/view.js';
export {failureView, fetchingView, resultView, type FailureView, type FetchingView, type ResultView} from './fetch/view.js';
export {stepAtFault, type FaultTarget} from './fetch/step-at-fault.js';
export {copyView, type CopyView} from './copy/view.js';
export {addedTitle, addedView, type AddedView} from './copy/added.js';
export {endingOf, endingText, farewellOf, tokenOf, type Ending, type Farewell} from './farewell.js';
export {proposedFile} from './copy/reduce-file.js';
export {profileNotes} from './profile-notes.js';
