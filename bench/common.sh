# Helpers shared by bench/run and bench/soak (sourced, not run). They expect $root (the
# project), $work (a temporary folder) and $port to be set.

log() { echo "[bench $(date +%T)] $*" >&2; }
now_ms() { date +%s%3N; }

# How the application's JVM is started: -Xmx1g and the options of bench/run --jvm, if any. An array rather
# than a function, so that a start in the background is the java process itself ($! is its pid).
app_java=(java -Xmx1g ${jvm_opts[@]+"${jvm_opts[@]}"})

# build_jar: sets $jar to the application jar, building it offline unless $jar is set.
build_jar() {
	if [ -z "${jar:-}" ]; then
		log "building the jar"
		(cd "$root" && ./mvnw -o -q package -DskipTests -Djacoco.skip=true)
		jar=$(ls "$root"/target/role-atlas-*.jar | grep -v original | head -1)
	fi
}

# start_app CONTENT [ARG...]: starts the jar with $app_java on $port, its log in $work/app.log;
# sets $app_pid and $base, waits for the first 200 of /roles/cpo and sets $ready_ms.
start_app() {
	local content=$1 start
	shift
	start=$(now_ms)
	"${app_java[@]}" -jar "$jar" --server.port="$port" --atlas.content-dir="$content" "$@" >"$work/app.log" 2>&1 &
	app_pid=$!
	base="http://127.0.0.1:$port"
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/roles/cpo" || true)" = 200 ]; do
		kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; echo "the app died" >&2; exit 1; }
		sleep 0.1
	done
	ready_ms=$(( $(now_ms) - start ))
	log "ready after $ready_ms ms"
}

# stop_app: stops the app started by start_app, if it runs.
stop_app() {
	if [ -n "${app_pid:-}" ]; then
		kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	fi
}

# start_postgres PORT: initdb and start a throw-away PostgreSQL cluster in $work/pg on 127.0.0.1:PORT
# with a database and trusted user both named atlas (Debian's postgresql; initdb refuses root, so
# as root it runs as the postgres user). stop_postgres stops it; call it from the EXIT trap.
start_postgres() {
	pg_port=$1
	pg_ctl_bin=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | tail -1)
	[ -n "$pg_ctl_bin" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
	pg_bin=$(dirname "$pg_ctl_bin")
	as_postgres=()
	[ "$(id -u)" = 0 ] && as_postgres=(runuser -u postgres --)
	log "starting PostgreSQL on 127.0.0.1:$pg_port"
	mkdir -p "$work/pg" "$work/pg-socket"
	chown postgres "$work/pg" "$work/pg-socket" 2>/dev/null || true
	"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pg" -U atlas --auth=trust --encoding=UTF8 >/dev/null
	"${as_postgres[@]}" "$pg_ctl_bin" -D "$work/pg" -w -l "$work/pg/server.log" \
		-o "-F -p $pg_port -k $work/pg-socket -c listen_addresses=127.0.0.1" start >/dev/null
	"${as_postgres[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U atlas atlas
	pg_url="jdbc:postgresql://127.0.0.1:$pg_port/atlas"
}

stop_postgres() {
	if [ -n "${pg_ctl_bin:-}" ] && [ -d "$work/pg" ]; then
		"${as_postgres[@]}" "$pg_ctl_bin" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
	fi
}

# seeds_ready CONTENT COMMAND...: starts COMMAND (a java command line) on $port and CONTENT, prints the
# milliseconds to the first 200 of /roles/cpo, then stops it. With $cpu_of set to a file name, it also writes
# there the CPU seconds the process had used when that answer came (user + system, all threads).
seeds_ready() {
	local content=$1 start ticks
	shift
	start=$(now_ms)
	"$@" --server.port="$port" --atlas.content-dir="$content" >"$work/seeds.log" 2>&1 &
	app_pid=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/roles/cpo" || true)" = 200 ]; do
		kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/seeds.log" >&2; echo "the app died" >&2; exit 1; }
		sleep 0.05
	done
	echo $(( $(now_ms) - start ))
	if [ -n "${cpu_of:-}" ]; then
		ticks=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
		awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f\n", t / hz }' >"$cpu_of"
	fi
	stop_app
	app_pid=""
}

# find_aot_java: the java of a JDK 25 or newer, for an AOT cache (deploy/aot-cache): $ATLAS_AOT_JAVA, else the
# first one under /usr/lib/jvm; prints nothing when there is none.
find_aot_java() {
	local candidate feature
	if [ -n "${ATLAS_AOT_JAVA:-}" ]; then
		echo "$ATLAS_AOT_JAVA"
		return
	fi
	for candidate in /usr/lib/jvm/*/bin/java; do
		feature=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
		if [ "${feature:-0}" -ge 25 ]; then
			echo "$candidate"
			return
		fi
	done
}
