// Two house rules of a (fictional) ACME platform team, written with repro-audit's rule kit.
//
//   repro-audit --rules examples/rules/acme-rules.mjs examples/rules/Dockerfile
//
// The default export is a function: repro-audit calls it with the rule kit and audits with the
// rules it returns. Everything the rules use comes from the kit, so they keep working whichever
// copy of repro-audit (global, npx, a project's devDependency) loads them.

export default function acmeRules(kit) {
  const { code, defineRule, downloadUrls, hasOption, isDownloader, commandName, packageOperationsOf, regionOfWords, shellCommands, splitArgs, urlText } = kit;

  const installRecommends = defineRule({
    id: 'ACME1',
    name: 'apt-install-recommends',
    summary: 'apt-get install without --no-install-recommends',
    severity: 'warning',
    tags: ['apt', 'os-packages'],
    precision: 'high',
    docs: {
      why: 'apt installs the packages a package recommends, and Debian changes what a package recommends between point releases: the image then holds packages nobody asked for, and a different set from one build to the next.',
      failing: 'FROM debian:bookworm\nRUN apt-get install -y curl=7.88.1-10+deb12u12\n',
      passing: 'FROM debian:bookworm\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12\n',
      fix: 'Add `--no-install-recommends` and name every package the image needs.',
    },
    check({ units, report }) {
      for (const { unit, operation } of packageOperationsOf(units, new Set(['apt']))) {
        if (operation.action !== 'install' || operation.options.includes('--no-install-recommends')) continue;
        report({
          region: regionOfWords(unit, operation.command.argv[0], operation.subcommand),
          unit,
          message: `${code(`${commandName(operation.command)} install`)} also installs what its packages recommend, which changes between Debian point releases. Add \`--no-install-recommends\`.`,
        });
      }
    },
  });

  /** curl options whose value is the next word: their values are not options. */
  const CURL_OPTIONS_WITH_VALUE = new Set(['-o', '--output', '-H', '--header', '-u', '--user', '-d', '--data', '-X', '--request', '-A', '--user-agent', '--retry', '--max-time', '-m']);

  const curlWithoutFail = defineRule({
    id: 'ACME2',
    name: 'curl-without-fail',
    summary: 'curl download without --fail',
    severity: 'warning',
    tags: ['download', 'curl'],
    precision: 'high',
    docs: {
      why: 'Without `--fail`, curl saves the server\'s error page (a 404, a rate limit) as if it were the file and exits 0: the build goes on with an HTML page where a tarball should be.',
      failing: 'FROM alpine:3.20\nRUN curl -sSLo /tmp/tool.tgz https://example.com/tool.tgz\n',
      passing: 'FROM alpine:3.20\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz\n',
      fix: 'Add `-f` (`--fail`), or `--fail-with-body` to keep the error text in the build log.',
    },
    check({ units, report }) {
      for (const { unit, command } of shellCommands(units)) {
        if (!isDownloader(command) || commandName(command) !== 'curl') continue;
        if (hasOption(splitArgs(command.argv.slice(1), CURL_OPTIONS_WITH_VALUE), '-f', '--fail', '--fail-with-body')) continue;
        for (const url of downloadUrls(command)) {
          report({ region: url.region, unit, message: `${code(urlText(url))} is fetched by \`curl\` without \`--fail\`: an error page would be saved as the file.` });
        }
      }
    },
  });

  return [installRecommends, curlWithoutFail];
}
