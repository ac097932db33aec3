import { afterAll } from 'vitest';
import { removeFileTempDirs } from './temp.js';

// A setup file: its afterAll is registered first, so it runs after the file's own (which stop the
// registries and daemons that use those folders).
afterAll(removeFileTempDirs);
