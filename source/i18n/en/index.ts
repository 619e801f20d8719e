import * as cli from './cli.js';
import * as clipboard from './clipboard.js';
import * as demo from './demo.js';
import * as doctor from './doctor.js';
import * as net from './net.js';
import * as oauth from './oauth.js';
import * as profiles from './profiles.js';
import * as scim from './scim.js';
import * as secret from './secret.js';
import * as time from './time.js';
import * as trace from './trace.js';
import * as usage from './usage.js';
import * as wizardRun from './wizard-run.js';
import * as wizard from './wizard.js';

/**
 * Every string the app shows in English, by section (a section is what one of these files
 * exports). Its shape is the Catalog every other language's folder is checked against.
 */
export const en = {...cli, ...clipboard, ...demo, ...doctor, ...net, ...oauth, ...profiles, ...scim, ...secret, ...time, ...trace, ...usage, ...wizardRun, ...wizard};

export type Catalog = typeof en;
