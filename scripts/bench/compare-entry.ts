// What the compare benchmark loads: the image index and record writer, and the locally built base image.
export { indexImageArchive, manifestText } from '../../src/harness/image/index.js';
export { ensureDocker } from '../../test/support/docker.js';
export { ensureDebianGccImage } from '../../test/support/base-images.js';
