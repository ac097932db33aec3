import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  writeOutput,
  writeReport
} from "./chunk-MXWOTIFG.js";
import {
  BUILD_ARG_HELP,
  BUILD_ARG_OPTION,
  HELP_OPTION,
  REPORT_OPTIONS,
  parseBuildArgs,
  parseByteSize,
  parseFailOn,
  parseFormat,
  parseNixDetail,
  reportOptionsHelp
} from "./chunk-S66H5MEK.js";
import {
  AXES,
  DockerfileError,
  EnvironmentError,
  InterruptedError,
  RebuildInputError,
  checkCpuBuilderRequirements,
  createProgress,
  isAxis,
  manifestText,
  rebuild,
  unsupportedAxes
} from "./chunk-HEYN2TTV.js";
import "./chunk-6C2XJSU3.js";
import {
  EXIT,
  UsageError,
  fileErrorLine,
  findingsExit
} from "./chunk-24FM7DH7.js";
import "./chunk-VX53JGT4.js";
import "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import {
  REBUILD_RULES
} from "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import {
  terminalLines,
  terminalText
} from "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/rebuild.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/interrupts.ts
function handleInterrupts() {
  const controller = new AbortController();
  let received;
  const onSignal = (signal) => {
    if (received) process.exit(interruptedExit(signal));
    received = signal;
    controller.abort(new InterruptedError(signal));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}
function interruptedExit(signal) {
  return EXIT.interrupted[signal === "SIGINT" ? "SIGINT" : "SIGTERM"];
}

// src/cli/rebuild.ts
var REBUILD_USAGE = `Usage: repro-audit rebuild <Dockerfile> [options]

Builds the Dockerfile twice without cache, holding everything equal but the axes named by --vary
(SOURCE_DATE_EPOCH and the builder's own timestamps included), compares the two images file by
file, and blames each difference on the one instruction that made it.

Options:
${reportOptionsHelp("warning")}
      --vary <axes>         comma-separated: ${AXES.join(", ")}, or all
                            (default: time,cpu when the CPU builder can run here, else time)
      --builder <name>      docker | buildah (default: buildah with --vary cpu, else docker)
      --leg-host <leg=url>  run a leg on another Docker Engine (repeatable): a=unix:///var/run/docker.sock,
                            b=tcp://builder2:2376 (TLS from DOCKER_TLS_VERIFY/DOCKER_CERT_PATH),
                            b=ssh://user@host; a leg without one uses DOCKER_HOST (Docker builder)
      --context <dir>       build context (default: the Dockerfile's directory)
      --network <mode>      none | default (default: none)
${BUILD_ARG_HELP}
                            (SOURCE_DATE_EPOCH=<n> sets the value both legs build with)
      --strict              compare the classic Docker builder's own timestamps bitwise
                            instead of masking them
      --timeout <seconds>   limit for the whole run (default: 1800)
      --record <file>       write the first leg's build record (its image's files, digests and
                            config, and the machine it was built on: CPU model and flags,
                            kernel, builder, engine host, SOURCE_DATE_EPOCH, axes held) for
                            \`repro-audit compare\` across machines
      --record-b <file>     the same for the second leg (b)
      --record-only         build once (no second leg, no comparison) and write its record to
                            --record: one leg of a comparison across machines
      --no-cache            buildah: copy base images into this run's storage and keep none
                            (by default they are kept in the cache for the next run, at most
                            $REPRO_AUDIT_IMAGE_CACHE_MAX_SIZE of them, default 4GiB)

Exit codes: 0 reproducible, or nothing at or above --fail-on; 1 differences or findings, or a
timeout; 2 usage error, unreadable Dockerfile, missing engine or base image; 130/143 interrupted.
`;
async function runRebuild(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...REPORT_OPTIONS,
      ...BUILD_ARG_OPTION,
      vary: { type: "string" },
      builder: { type: "string" },
      "leg-host": { type: "string", multiple: true },
      context: { type: "string" },
      network: { type: "string" },
      strict: { type: "boolean" },
      timeout: { type: "string" },
      record: { type: "string" },
      "record-b": { type: "string" },
      "record-only": { type: "boolean" },
      "no-cache": { type: "boolean" },
      ...HELP_OPTION
    }
  });
  if (values.help) {
    io.stdout(REBUILD_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "no Dockerfile given" : "rebuild takes exactly one Dockerfile");
  const format = parseFormat(values.format);
  const nix = parseNixDetail(values.nix);
  const failOn = parseFailOn(values["fail-on"]) ?? "warning";
  const network = values.network ?? "none";
  if (network !== "none" && network !== "default") throw new UsageError(`unknown --network ${network} (use none or default)`);
  const builder = values.builder;
  if (builder !== void 0 && builder !== "docker" && builder !== "buildah") throw new UsageError(`unknown --builder ${builder} (use docker or buildah)`);
  const timeoutSeconds = Number(values.timeout ?? 1800);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(`--timeout ${values.timeout}: expected a positive number of seconds`);
  const recordOnly = values["record-only"] === true;
  if (recordOnly && values.record === void 0) throw new UsageError("--record-only needs --record <file> to write the record to");
  if (recordOnly && values["record-b"] !== void 0) throw new UsageError("--record-only builds leg a alone: there is no leg b to --record-b");
  if (recordOnly && values.vary !== void 0) throw new UsageError("--record-only builds once, so nothing varies: drop --vary");
  const axes = recordOnly ? [] : values.vary !== void 0 ? parseAxes(values.vary) : await defaultAxes();
  const unsupported = builder ? unsupportedAxes(axes, builder) : [];
  if (unsupported.length > 0) throw new UsageError(`--builder ${builder} cannot vary ${unsupported.join(", ")}${unsupported.includes("cpu") ? " (the cpu axis needs buildah)" : ""}`);
  const legHosts = parseLegHosts(values["leg-host"]);
  if (legHosts && (builder === "buildah" || axes.includes("cpu"))) throw new UsageError("--leg-host runs legs on Docker Engines; the cpu axis and --builder buildah build on this machine");
  if (legHosts?.b && recordOnly) throw new UsageError("--record-only builds leg a alone: name its host with --leg-host a=<url>");
  const given = positionals[0];
  const dockerfile = path.resolve(io.cwd, given);
  const progress = createProgress({ write: (text) => io.stderr(text), isTTY: io.stderrIsTTY === true }, io.env);
  const interrupts = handleInterrupts();
  let outcome;
  try {
    outcome = await rebuild({
      dockerfile,
      context: path.resolve(io.cwd, values.context ?? path.dirname(dockerfile)),
      axes,
      ...builder ? { builder } : {},
      network,
      buildArgs: parseBuildArgs(values["build-arg"], io.env),
      strict: values.strict === true,
      timeoutMs: timeoutSeconds * 1e3,
      imageCache: values["no-cache"] ? false : imageCacheLimits(io.env),
      progress,
      signal: interrupts.signal,
      env: io.env,
      singleLeg: recordOnly,
      ...legHosts ? { legHosts } : {}
    });
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.stderr(`repro-audit: rebuild ${error.message}; everything the run created was removed
`);
      return interruptedExit(error.signalName);
    }
    if (error instanceof RebuildInputError) throw new UsageError(error.message);
    if (error instanceof EnvironmentError) {
      io.stderr(`repro-audit: ${terminalLines(error.message)}
`);
      return EXIT.usage;
    }
    if (error instanceof DockerfileError) {
      io.stderr(fileErrorLine({ file: given, line: error.line, message: error.message }));
      return EXIT.usage;
    }
    throw error;
  } finally {
    interrupts.dispose();
  }
  const report = { findings: outcome.findings, errors: [], rules: [...REBUILD_RULES], files: [dockerfile], category: `repro-audit/rebuild/${outcome.pair.legs[0].builder}/` };
  let written = await writeReport(io, report, { format, output: values.output, nix });
  if (recordOnly) return writeRecordOnly(io, values.record, outcome, written);
  io.stderr(`repro-audit: note: ${terminalText(outcome.stamps.note)}
`);
  io.stderr(`repro-audit: ${terminalText(summary(outcome))}
`);
  for (const [index, file] of [values.record, values["record-b"]].entries()) {
    if (file === void 0) continue;
    const image = outcome.comparison?.images[index];
    if (image) written = writeOutput(io, file, manifestText(image)) && written;
    else io.stderr(`repro-audit: nothing recorded in ${terminalText(file)}: leg ${index === 0 ? "a" : "b"} produced no image to compare
`);
  }
  if (!written) return EXIT.usage;
  if (outcome.timedOut) return EXIT.findings;
  return findingsExit(outcome.findings, failOn);
}
function writeRecordOnly(io, file, outcome, reportWritten) {
  const { recorded } = outcome;
  if (!recorded) {
    io.stderr(`repro-audit: nothing recorded in ${terminalText(file)}: the build failed (see the finding above)
`);
    return reportWritten ? EXIT.findings : EXIT.usage;
  }
  if (!writeOutput(io, file, manifestText(recorded)) || !reportWritten) return EXIT.usage;
  const machine = recorded.environment?.machine;
  const where = machine ? ` built with ${machine.builder.name} on ${machine.hostName ?? machine.host} (${machine.cpu.model ?? "CPU unknown"})` : "";
  io.stderr(`repro-audit: recorded ${terminalText(file)}:${terminalText(where)}
`);
  return EXIT.ok;
}
function parseLegHosts(values) {
  if (!values || values.length === 0) return void 0;
  const hosts = {};
  for (const value of values) {
    const match = /^(a|b)=((?:unix|tcp|ssh):\/\/\S+)$/.exec(value);
    if (!match) throw new UsageError(`--leg-host ${value}: expected a=<url> or b=<url> with a unix://, tcp:// or ssh:// URL`);
    const leg = match[1];
    if (hosts[leg]) throw new UsageError(`--leg-host names leg ${leg} twice`);
    hosts[leg] = match[2];
  }
  return hosts;
}
function imageCacheLimits(env) {
  const maxSize = env.REPRO_AUDIT_IMAGE_CACHE_MAX_SIZE;
  return maxSize ? { maxBytes: parseByteSize(maxSize, "REPRO_AUDIT_IMAGE_CACHE_MAX_SIZE=") } : {};
}
function parseAxes(value) {
  const names = value.split(",").map((part) => part.trim()).filter((part) => part.length > 0);
  if (names.length === 0) throw new UsageError(`--vary needs at least one axis (${AXES.join(", ")})`);
  if (names.includes("all")) return [...AXES];
  const unknown = names.filter((name) => !isAxis(name));
  if (unknown.length > 0) throw new UsageError(`unknown variation axis ${unknown.join(", ")} in --vary (known axes: ${AXES.join(", ")})`);
  return [...new Set(names)];
}
async function defaultAxes() {
  return (await checkCpuBuilderRequirements()).problems.length === 0 ? ["time", "cpu"] : ["time"];
}
function summary(outcome) {
  const axes = outcome.pair.varied.join(", ");
  const { buildMs, totalMs } = outcome.timings;
  const timing = `builds ${(buildMs / 1e3).toFixed(1)} s of ${(totalMs / 1e3).toFixed(1)} s total`;
  if (outcome.timedOut) return `timed out: see the finding above; everything the run created was removed (${timing})`;
  if (outcome.reproducible) return `reproducible across ${axes} (${timing})`;
  if (!outcome.comparison) return `not compared: see the findings above (${timing})`;
  const lines = [...new Set(outcome.findings.map((finding) => finding.region.startLine))].sort((x, y) => x - y);
  return `${outcome.findings.length} difference${outcome.findings.length === 1 ? "" : "s"} between the legs varying ${axes}, at line${lines.length === 1 ? "" : "s"} ${lines.join(", ")} (${timing})`;
}
export {
  REBUILD_USAGE,
  runRebuild
};
