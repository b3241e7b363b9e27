#include "line_reader.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "command_error.hpp"
#include "exit_codes.hpp"

namespace jobscreen::cli {
namespace {

constexpr std::size_t kBlockBytes = 1u << 20;

std::optional<std::uint64_t> regular_file_size(std::FILE* stream) {
  struct stat info {};
  if (::fstat(::fileno(stream), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(info.st_size);
}

std::string_view strip_line_end(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

LineReader::LineReader(const std::string& path) : buffer_(kBlockBytes) {
  if (path == "-") {
    stream_ = stdin;
    display_name_ = "<stdin>";
  } else {
    stream_ = std::fopen(path.c_str(), "rb");
    if (stream_ == nullptr)
      throw CommandError(kExitIo, "cannot open " + path + ": " + std::strerror(errno));
    owns_stream_ = true;
    display_name_ = path;
  }
  size_ = regular_file_size(stream_);
}

LineReader::LineReader(std::FILE* stream, std::string display_name)
    : stream_(stream), display_name_(std::move(display_name)), buffer_(kBlockBytes) {
  size_ = regular_file_size(stream_);
}

LineReader::~LineReader() {
  if (owns_stream_) std::fclose(stream_);
}

bool LineReader::refill() {
  if (at_eof_) return false;
  begin_ = 0;
  end_ = std::fread(buffer_.data(), 1, buffer_.size(), stream_);
  if (end_ < buffer_.size()) {
    if (std::ferror(stream_))
      throw CommandError(kExitIo, "cannot read " + display_name_ + ": " + std::strerror(errno));
    at_eof_ = true;
  }
  return end_ > 0;
}

bool LineReader::next(std::string_view& line) {
  carry_.clear();
  bool read_something = false;
  for (;;) {
    if (begin_ == end_ && !refill()) {
      if (!read_something) return false;
      line = carry_;  // the last line has no newline
      break;
    }
    read_something = true;
    const char* start = buffer_.data() + begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    if (newline == nullptr) {
      carry_.append(start, end_ - begin_);
      bytes_consumed_ += end_ - begin_;
      begin_ = end_;
      continue;
    }
    const auto length = static_cast<std::size_t>(newline - start);
    begin_ += length + 1;
    bytes_consumed_ += length + 1;
    if (carry_.empty()) {
      line = std::string_view(start, length);
    } else {
      carry_.append(start, length);
      line = carry_;
    }
    break;
  }
  ++line_number_;
  line = strip_line_end(line);
  if (line_number_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  return true;
}

}  // namespace jobscreen::cli
