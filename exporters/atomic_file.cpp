// AtomicFile: write a temporary file next to the target, then rename() over it.
// rename(2) within one file system is atomic; the fsync before it makes sure the
// new name never points at data still in the page cache after a crash.
#include "gazette/exporter.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <cstdint>
#include <stdexcept>
#include <streambuf>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gazette {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int err) {
  throw std::runtime_error(path + ": " + what + ": " + std::strerror(err));
}

std::string directory_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

void sync_directory(const std::string& path) {
  // Makes the rename itself durable; failure only weakens crash safety, so ignored.
  const int fd = ::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  (void)::close(fd);
}

// The file `path` names after following symbolic links (at most 40, as the kernel
// does); a dangling link gives the path it points at, which commit() then creates.
std::string resolve_links(const std::string& path) {
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    // st_size is only a hint: /proc/self/fd/N says 64 whatever the target's length
    // (a longer target came back cut short), so the buffer grows until the target fits.
    std::vector<char> buf(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 255) + 2);
    ssize_t n = 0;
    while ((n = ::readlink(p.c_str(), buf.data(), buf.size())) >= 0 && static_cast<std::size_t>(n) >= buf.size())
      buf.resize(buf.size() * 2);
    if (n < 0) fail("cannot read symbolic link", path, errno);
    std::string target(buf.data(), static_cast<std::size_t>(n));
    p = target.front() == '/' ? target : directory_of(p) + "/" + target;
  }
  fail("cannot follow symbolic link", path, ELOOP);
}

// rename() that fails with EEXIST instead of replacing an existing `to`. renameat2
// where the file system supports RENAME_NOREPLACE; else link() + unlink(), which is
// also atomic in refusing an existing name.
int rename_no_replace(const char* from, const char* to) {
#ifdef RENAME_NOREPLACE
  if (::renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
#endif
  if (::link(from, to) != 0) return -1;
  (void)::unlink(from);
  return 0;
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::int64_t wall_clock_ns() {
  timespec ts {};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Removes "<name>.tmp.<pid>" files next to `path` left by a writer that was killed
// (kill -9, power loss) before its commit() or destructor ran: only when no process
// <pid> is running and the file was last changed before `started_ns`, so the temporary
// file of a concurrent writer of the same output is never touched. (A writer in
// another PID namespace sharing the directory is not seen as running: its rename
// would then fail with an error, leaving the target intact.) Best effort: errors are
// ignored, as the new file is already in place.
void remove_stale_temporaries(const std::string& path, std::int64_t started_ns) {
  const std::string prefix = base_name(path) + ".tmp.";
  const std::string dir = directory_of(path);
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // running (or not ours to ask)
    const std::string file = dir + "/" + name;
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec >= started_ns) continue;
    (void)::unlink(file.c_str());
  }
  ::closedir(d);
}

}  // namespace

// A streambuf over a file descriptor that remembers the first write error, so
// commit() can report errno instead of a bare "stream failed".
class AtomicFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd), data_(1 << 16) { setp(data_.data(), data_.data() + data_.size()); }
  ~Buffer() override { close(); }

  int fd() const { return fd_; }
  int error() const { return error_; }

  bool flush_all() {
    const char* p = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    if (!write_all(p, left)) return false;
    setp(data_.data(), data_.data() + data_.size());
    return true;
  }
  int close() {
    int rc = 0;
    if (fd_ >= 0) {
      rc = ::close(fd_);
      if (rc != 0 && error_ == 0) error_ = errno;
      fd_ = -1;
    }
    return rc;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!flush_all()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n >= static_cast<std::streamsize>(data_.size()) / 2) {
      if (!flush_all() || !write_all(s, static_cast<std::size_t>(n))) return 0;
      return n;
    }
    return std::streambuf::xsputn(s, n);
  }
  int sync() override { return flush_all() ? 0 : -1; }

 private:
  bool write_all(const char* p, std::size_t n) {
    if (error_ != 0) return false;
    while (n > 0) {
      const ssize_t w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
    return true;
  }

  int fd_;
  int error_ = 0;
  std::vector<char> data_;
};

AtomicFile::AtomicFile(std::string path, Mode mode, Replace replace)
    : path_(std::move(path)), mode_(mode), replace_(replace), started_ns_(wall_clock_ns()) {
  if (path_.empty()) throw std::runtime_error("output path is empty");
  struct stat st {};
  const bool exists = ::stat(path_.c_str(), &st) == 0;  // follows symbolic links
  if (exists && S_ISDIR(st.st_mode)) fail("cannot write", path_, EISDIR);
  target_ = exists && !S_ISREG(st.st_mode) ? path_ : resolve_links(path_);
  // A device, FIFO or socket, or a file reached through /dev/fd, /dev/stdout or
  // /proc/PID/fd (an open file descriptor, not a name to replace): written in place.
  if ((exists && !S_ISREG(st.st_mode)) || target_.rfind("/proc/", 0) == 0 || target_.rfind("/dev/", 0) == 0) {
    if (mode_ == Mode::Path) throw std::runtime_error(path_ + ": not a regular file (a database needs one)");
    const int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC | (exists && S_ISREG(st.st_mode) ? O_TRUNC : 0));
    if (fd < 0) fail("cannot open", path_, errno);
    direct_ = true;
    target_ = path_;
    buffer_ = std::make_unique<Buffer>(fd);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
    return;
  }
  temp_path_ = target_ + ".tmp." + std::to_string(::getpid());
  (void)::unlink(temp_path_.c_str());  // a stale file from a crashed run with the same pid
  const int fd = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("cannot create temporary file " + temp_path_, path_, errno);
  if (mode_ == Mode::Path) {
    (void)::close(fd);
    return;
  }
  buffer_ = std::make_unique<Buffer>(fd);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
}

AtomicFile::~AtomicFile() {
  stream_.reset();
  buffer_.reset();
  if (!committed_ && !direct_) (void)::unlink(temp_path_.c_str());
}

std::ostream& AtomicFile::stream() {
  if (!stream_ || committed_) throw std::logic_error("AtomicFile::stream(): no open stream for " + path_);
  return *stream_;
}

void AtomicFile::commit() {
  if (committed_) return;
  if (direct_) {
    stream_->flush();
    if (!buffer_->flush_all() || !stream_->good())
      fail("cannot write", path_, buffer_->error() ? buffer_->error() : EIO);
    if (buffer_->close() != 0) fail("cannot close", path_, buffer_->error());
    stream_.reset();
    buffer_.reset();
    committed_ = true;
    return;
  }
  struct stat target {};
  const bool target_exists = ::stat(target_.c_str(), &target) == 0;
  if (replace_ == Replace::Never && target_exists)
    throw Exists(path_ + ": created by another process while this one was writing it; left as it is");
  if (mode_ == Mode::Stream) {
    if (!buffer_ || !stream_) throw std::logic_error("AtomicFile::commit(): no stream for " + path_);
    stream_->flush();
    if (!buffer_->flush_all() || !stream_->good())
      fail("cannot write " + temp_path_, path_, buffer_->error() ? buffer_->error() : EIO);
    if (target_exists && S_ISREG(target.st_mode) && ::fchmod(buffer_->fd(), target.st_mode & 07777) != 0)
      fail("cannot set permissions of " + temp_path_, path_, errno);
    if (::fsync(buffer_->fd()) != 0) fail("cannot sync " + temp_path_, path_, errno);
    if (buffer_->close() != 0) fail("cannot close " + temp_path_, path_, buffer_->error());
    stream_.reset();
    buffer_.reset();
  } else {
    const int fd = ::open(temp_path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("cannot open " + temp_path_, path_, errno);
    const bool synced = ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!synced) fail("cannot sync " + temp_path_, path_, err);
    if (target_exists && S_ISREG(target.st_mode) && ::chmod(temp_path_.c_str(), target.st_mode & 07777) != 0)
      fail("cannot set permissions of " + temp_path_, path_, errno);
  }
  if (replace_ == Replace::Never) {
    if (rename_no_replace(temp_path_.c_str(), target_.c_str()) != 0) {
      if (errno == EEXIST)
        throw Exists(path_ + ": created by another process while this one was writing it; left as it is");
      fail("cannot create the file from " + temp_path_, path_, errno);
    }
  } else if (::rename(temp_path_.c_str(), target_.c_str()) != 0) {
    fail("cannot replace the file with " + temp_path_, path_, errno);
  }
  committed_ = true;
  sync_directory(target_);
  remove_stale_temporaries(target_, started_ns_);
}

}  // namespace gazette
