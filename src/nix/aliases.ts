/**
 * Names nixpkgs gives packages that no rewrite of the distro or PyPI name finds, and packages a
 * Nix-built image does not need. Written by hand; every target is checked against the index on
 * use, so a stale entry maps nothing rather than a wrong name.
 */

/**
 * Distro packages whose nixpkgs package has a different name that no rewrite finds. Written by
 * hand from the distro package descriptions; every target is checked against the index on use.
 */
export const DISTRO_ALIASES: Record<string, string[]> = {
  'libmagickwand-dev': ['imagemagick'],
  'libmagickcore-dev': ['imagemagick'],
  'libmagickcore-7.q16-10-extra': ['imagemagick'],
  'libatomic1': ['stdenv.cc.cc.lib'],
  'libavcodec-extra': ['ffmpeg'],
  'libavfilter-extra': ['ffmpeg'],
  'libavformat-extra': ['ffmpeg'],
  'libswscale-dev': ['ffmpeg'],
  'libffmpeg-nvenc-dev': ['ffmpeg'],
  'libhdf5-serial-dev': ['hdf5'],
  'librsvg2-bin': ['librsvg'],
  'binutils-gold': ['binutils'],
  'libldap-common': ['openldap'],
  'apache2-utils': ['apacheHttpd'],
  'libgssapi-krb5-2': ['krb5'],
  'libsasl2-modules-gssapi-mit': ['cyrus_sasl'],
  'ssh-client': ['openssh'],
  'iputils-tracepath': ['iputils'],
  'libimage-exiftool-perl': ['exiftool'],
  'icu-data-full': ['icu'],
  'gnu-libiconv-dev': ['libiconv'],
  'argon2-dev': ['libargon2'],
  'libidn-dev': ['libidn2'],
  'libidn12': ['libidn2'],
  'nano-tiny': ['nano'],
  'gpg-agent': ['gnupg'],
  'texlive-xetex': ['texlive'],
  'texlive-fonts-recommended': ['texlive'],
  'texlive-plain-generic': ['texlive'],
  'imagemagick-pdf': ['imagemagick'],
  'imagemagick-jpeg': ['imagemagick'],
  'imagemagick-raw': ['imagemagick'],
  'imagemagick-tiff': ['imagemagick'],
  'imagemagick-heic': ['imagemagick'],
  'imagemagick-webp': ['imagemagick'],
  'imagemagick-svg': ['imagemagick'],
  'libheif-examples': ['libheif'],
  'ca-certificates-java': ['cacert'],
  'protoc': ['protobuf'],
  'shadow-uidmap': ['shadow'],
  'xsltproc': ['libxslt'],
  'libxml2-utils': ['libxml2'],
  // nixpkgs' bluez5 is its bluez binding.
  'libbluetooth-dev': ['bluez5'],
  'bluez': ['bluez5'],
  'bluez-dev': ['bluez5'],
  'bluez-libs': ['bluez5'],
  'bluez-deprecated': ['bluez5'],
  // MongoDB's own server packages; nixpkgs' mongodb-ce repackages the same binaries (SSPL: unfree).
  'mongodb-org': ['mongodb-ce'],
  'mongodb-org-server': ['mongodb-ce'],
  'mongodb-org-database': ['mongodb-ce'],
  // terminfo and locales live in ncurses and glibcLocales (nixpkgs is glibc-based).
  'ncurses-terminfo-base': ['ncurses'],
  'ncurses-terminfo': ['ncurses'],
  'musl-locales': ['glibcLocales'],
  'musl-locales-lang': ['glibcLocales'],
  // Source packages that build several distro packages, each named after one of its parts.
  'userspace-rcu': ['liburcu'],
  'libsharpyuv0': ['libwebp'],
  'libsharpyuv-dev': ['libwebp'],
  'libwebpmux3': ['libwebp'],
  'libwebpdemux2': ['libwebp'],
  'libevent-pthreads-2.1': ['libevent'],
  'libgdbm-compat-dev': ['gdbm'],
  'libpangocairo-1.0-0': ['pango'],
  'libx11-xcb1': ['libx11'],
  'libjbig0': ['jbigkit'],
  'libvulkan1': ['vulkan-loader'],
  'libvulkan-dev': ['vulkan-loader'],
  'libturbojpeg': ['libjpeg_turbo'],
  'libldap': ['openldap'],
  'libldap-2.4': ['openldap'],
  'libc-client-dev': ['uwimap'],
  'libsnmp40t64': ['net-snmp'],
  'net-snmp-agent-libs': ['net-snmp'],
  'cgroup-tools': ['libcgroup'],
  'hwdata-usb': ['hwdata'],
  'ip6tables': ['iptables'],
  'samba-client': ['samba'],
  'libnss-myhostname': ['systemd'],
  // Renamed or vendor-named packages.
  'fonts-roboto': ['roboto'],
  'sq': ['sequoia-sq'],
  'code': ['vscode'],
  'docker-ce': ['docker'],
  'brave-browser': ['brave'],
};

/** Packages that only matter to the distro's own package management or image conventions. */
export const DISTRO_NOT_NEEDED = new Set(['apt-utils', 'apt-file', 'ubuntu-minimal', 'ubuntu-standard', 'unminimize', 'equivs', 'abuild', 'alpine-baselayout']);

/** RPM names that differ from both nixpkgs and Debian; targets are checked against the index on use. */
export const RPM_ALIASES: Record<string, string[]> = {
  'openssh-clients': ['openssh'],
  'openssh-server': ['openssh'],
  'shadow-utils': ['shadow'],
  'httpd': ['apacheHttpd'],
  'httpd-devel': ['apacheHttpd'],
  'gcc-gfortran': ['gfortran'],
  'gcc-c++': ['gcc'],
  'awk': ['gawk'],
  'glibc-langpack-en': ['glibcLocales'],
  'glibc-locale-source': ['glibcLocales'],
  'glibc-all-langpacks': ['glibcLocales'],
  'procps-ng': ['procps'],
  'which': ['which'],
  'xz-devel': ['xz'],
  'zlib-devel': ['zlib'],
  'openssl-devel': ['openssl'],
  'libffi-devel': ['libffi'],
  'bzip2-devel': ['bzip2'],
  'readline-devel': ['readline'],
  'sqlite-devel': ['sqlite'],
  'libpq-devel': ['libpq'],
  'postgresql-devel': ['libpq'],
};

export const RPM_NOT_NEEDED = new Set(['epel-release', 'dnf-plugins-core', 'yum-utils', 'rpm-build', 'systemd-rpm-macros', 'mariner-repos-microsoft-preview', 'azurelinux-repos']);

/**
 * Spellings nixpkgs uses for common PyPI names that normalisation alone does not find. Each target
 * is checked against the index when used, so a stale entry maps nothing rather than a wrong name.
 */
export const PYTHON_SPELLINGS: Record<string, string> = {
  'opencv-python': 'opencv4',
  'opencv-python-headless': 'opencv4',
  'opencv-contrib-python': 'opencv4',
  'msgpack-python': 'msgpack',
  'python-dateutil': 'python-dateutil',
  'beautifulsoup': 'beautifulsoup4',
  'bs4': 'beautifulsoup4',
  'pyyaml': 'pyyaml',
  'tensorflow-cpu': 'tensorflow',
  'tensorflow-gpu': 'tensorflow',
  'psycopg': 'psycopg',
  'mysqlclient': 'mysqlclient',
  'pytorch': 'torch',
  'sklearn': 'scikit-learn',
};
