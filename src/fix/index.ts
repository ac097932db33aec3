export { fixFiles, type FixArgs, type FixIO, type FixRun } from './fix-files.js';
export { planFixes, type FilePlan, type FixError, type FixNote, type PlanOptions } from './plan.js';
export { isPinned, pinImageFix, resolvePins, type NotFixable, type PinOutcome } from './pin.js';
export { attachDigestPins, type DigestPinOptions } from './digest-pins.js';
export { addChecksumCandidates, addChecksumFix, downloadSha256 } from './add-checksum.js';
export { applyEdits, overlaps, type EditResult, type LabelledEdit, type RefusedEdit } from './edits.js';
