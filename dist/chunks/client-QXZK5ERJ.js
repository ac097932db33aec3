import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RegistryClient,
  describe
} from "./chunk-VIBNWERO.js";
import "./chunk-6DG7BXTN.js";
export {
  RegistryClient,
  describe
};
