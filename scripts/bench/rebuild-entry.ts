// What the rebuild benchmark loads: the harness as a library, and the locally built base images.
export { rebuild } from '../../src/harness/index.js';
export { ensureDocker } from '../../test/support/docker.js';
export { ensureDebianGccImage, ensureBusyboxImage } from '../../test/support/base-images.js';
