#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace p2pdesk::syncd::backup {

struct ChildOptions {
    std::filesystem::path program;        // absolute; never looked up through a shell
    std::vector<std::string> args;        // argv[1..]
    std::vector<std::string> environment; // "NAME=value", the child's whole environment
    bool pipeStdin = false;               // else /dev/null
    bool pipeStdout = false;              // else into the captured stderr
};

struct ChildExit {
    int exitCode = -1; // -1 when it was killed by a signal
    int signal = 0;
    std::string stderrTail; // the last few KiB the child wrote to stderr (and stdout when not piped)

    bool ok() const { return exitCode == 0; }
    // "exit code 1: pg_dump: error: …" for error messages.
    std::string describe() const;
};

// A child process started with posix_spawn from an argument vector: no shell, so no quoting and no
// injection through a path or a database name, and secrets travel in the environment (readable
// only by the same user through /proc), never in argv (visible to everyone in `ps`). stderr goes
// to an unlinked temporary file, so a chatty child never blocks on a full pipe while the parent
// is busy with its stdin or stdout; the parent reads it after wait().
class ChildProcess final {
public:
    // Throws std::system_error when the program cannot be started.
    explicit ChildProcess(const ChildOptions &options);
    // A child still running is terminated and reaped.
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // Reads the child's stdout (pipeStdout); 0 at end of file.
    std::size_t read(char *buffer, std::size_t size);
    // Writes everything to the child's stdin (pipeStdin). Throws std::system_error, EPIPE when the
    // child stopped reading (the caller then wait()s for the reason).
    void write(const char *data, std::size_t size);
    void closeStdin();
    void closeStdout();
    // Waits for the exit; closes the pipes first.
    ChildExit wait();

private:
    pid_t m_pid = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    int m_stderr = -1;
};

// Runs the program to the end with stdout piped and returns what it printed.
std::string runForOutput(const ChildOptions &options, ChildExit &exit);

// The environment for children that talk to PostgreSQL: this process's environment without any
// PG* or P2PDESK_* variable (a stray PGSERVICE or a secret of ours has no business there), plus
// `extra` ("PGHOST=…", …).
std::vector<std::string> childEnvironment(const std::vector<std::string> &extra);

} // namespace p2pdesk::syncd::backup
