#include "backup/ChildProcess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>

extern char **environ; // NOLINT(readability-redundant-declaration)

namespace p2pdesk::syncd::backup {

namespace {

constexpr std::size_t kStderrTail = 4096;

[[noreturn]] void throwErrno(const std::string &what)
{
    throw std::system_error(errno, std::generic_category(), what);
}

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

// An anonymous file for the child's stderr: nothing to clean up, whatever happens.
int anonymousFile()
{
    const auto dir = std::filesystem::temp_directory_path();
    int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    std::string tmpl = (dir / "syncd-child-XXXXXX").string();
    fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0)
        throwErrno("cannot create a temporary file in " + dir.string());
    ::unlink(tmpl.c_str());
    return fd;
}

std::string readTail(int fd)
{
    const off_t end = ::lseek(fd, 0, SEEK_END);
    if (end <= 0)
        return {};
    const off_t start = end > static_cast<off_t>(kStderrTail) ? end - static_cast<off_t>(kStderrTail) : 0;
    std::string out(static_cast<std::size_t>(end - start), '\0');
    const auto n = ::pread(fd, out.data(), out.size(), start);
    out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

// posix_spawn's attributes and file actions, released on every path.
struct SpawnSetup {
    posix_spawn_file_actions_t actions{};
    posix_spawnattr_t attr{};
    SpawnSetup()
    {
        posix_spawn_file_actions_init(&actions);
        posix_spawnattr_init(&attr);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;
};

} // namespace

std::string ChildExit::describe() const
{
    std::string out = exitCode >= 0 ? "exit code " + std::to_string(exitCode)
                                    : "killed by signal " + std::to_string(signal) + " (" + ::strsignal(signal) + ")";
    if (!stderrTail.empty())
        out += ": " + stderrTail;
    return out;
}

ChildProcess::ChildProcess(const ChildOptions &options)
{
    std::array<int, 2> in{-1, -1};
    std::array<int, 2> out{-1, -1};
    auto cleanup = [&] {
        for (int *fd : {&in[0], &in[1], &out[0], &out[1], &m_stderr})
            closeFd(*fd);
    };
    try {
        m_stderr = anonymousFile();
        if (options.pipeStdin && ::pipe2(in.data(), O_CLOEXEC) != 0)
            throwErrno("pipe");
        if (options.pipeStdout && ::pipe2(out.data(), O_CLOEXEC) != 0)
            throwErrno("pipe");

        SpawnSetup setup;
        // dup2 clears close-on-exec on the target descriptor; every other descriptor of ours
        // (the parent's pipe ends, libpq's socket) is close-on-exec and stays out of the child.
        if (options.pipeStdin)
            posix_spawn_file_actions_adddup2(&setup.actions, in[0], STDIN_FILENO);
        else
            posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&setup.actions, options.pipeStdout ? out[1] : m_stderr, STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&setup.actions, m_stderr, STDERR_FILENO);
        // This process ignores SIGPIPE (a child dying must surface as EPIPE, not kill us); the
        // child gets the default back, as a program started from a shell would have it.
        sigset_t defaults;
        sigemptyset(&defaults);
        sigaddset(&defaults, SIGPIPE);
        posix_spawnattr_setsigdefault(&setup.attr, &defaults);
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&setup.attr, &none);
        posix_spawnattr_setflags(&setup.attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

        std::vector<std::string> argvStrings;
        argvStrings.push_back(options.program.string());
        argvStrings.insert(argvStrings.end(), options.args.begin(), options.args.end());
        std::vector<char *> argv;
        for (auto &a : argvStrings)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> envStrings = options.environment;
        std::vector<char *> envp;
        for (auto &e : envStrings)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        const int rc =
            ::posix_spawn(&m_pid, options.program.c_str(), &setup.actions, &setup.attr, argv.data(), envp.data());
        if (rc != 0) {
            m_pid = -1;
            errno = rc;
            throwErrno("cannot start " + options.program.string());
        }
    } catch (...) {
        cleanup();
        throw;
    }
    closeFd(in[0]);
    closeFd(out[1]);
    m_stdin = in[1];
    m_stdout = out[0];
}

ChildProcess::~ChildProcess()
{
    closeFd(m_stdin);
    closeFd(m_stdout);
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    closeFd(m_stderr);
}

std::size_t ChildProcess::read(char *buffer, std::size_t size)
{
    for (;;) {
        const auto n = ::read(m_stdout, buffer, size);
        if (n >= 0)
            return static_cast<std::size_t>(n);
        if (errno != EINTR)
            throwErrno("read from child");
    }
}

void ChildProcess::write(const char *data, std::size_t size)
{
    std::size_t written = 0;
    while (written < size) {
        const auto n = ::write(m_stdin, data + written, size - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwErrno("write to child");
        }
        written += static_cast<std::size_t>(n);
    }
}

void ChildProcess::closeStdin()
{
    closeFd(m_stdin);
}

void ChildProcess::closeStdout()
{
    closeFd(m_stdout);
}

ChildExit ChildProcess::wait()
{
    closeFd(m_stdin);
    closeFd(m_stdout);
    ChildExit exit;
    if (m_pid <= 0)
        return exit;
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0) {
        if (errno != EINTR)
            throwErrno("waitpid");
    }
    m_pid = -1;
    if (WIFEXITED(status))
        exit.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        exit.signal = WTERMSIG(status);
    exit.stderrTail = readTail(m_stderr);
    return exit;
}

std::string runForOutput(const ChildOptions &options, ChildExit &exit)
{
    ChildOptions piped = options;
    piped.pipeStdout = true;
    ChildProcess child(piped);
    std::string out;
    std::array<char, 4096> buffer{};
    while (const auto n = child.read(buffer.data(), buffer.size()))
        out.append(buffer.data(), n);
    exit = child.wait();
    return out;
}

std::vector<std::string> childEnvironment(const std::vector<std::string> &extra)
{
    std::vector<std::string> env;
    for (char **e = environ; e != nullptr && *e != nullptr; ++e) {
        const std::string_view entry(*e);
        if (entry.starts_with("PG") || entry.starts_with("P2PDESK_"))
            continue;
        env.emplace_back(entry);
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

} // namespace p2pdesk::syncd::backup
