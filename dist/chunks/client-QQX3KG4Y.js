import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RegistryClient,
  describe
} from "./chunk-WFCHQ72K.js";
import "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";
export {
  RegistryClient,
  describe
};
