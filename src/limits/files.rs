//! Reading files within their bounds: only regular files, never waiting on
//! a pipe, never past the size seen when the file was opened.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::LimitError;
use crate::diag::Code;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A folder, pipe, socket or device: never opened for reading.
    #[error("is not a regular file (it is a pipe, socket, device or folder), so it is never opened")]
    NotRegular,
    #[error(transparent)]
    TooLarge(LimitError),
    /// The file grew while it was read.
    #[error("changed while it was being read; run ivaudit again when nothing is writing to the bundle")]
    Changed,
    #[error("cannot be read: {0}")]
    Io(#[from] std::io::Error),
}

impl ReadError {
    /// The diagnostic code that reports it.
    pub fn code(&self) -> Code {
        match self {
            ReadError::NotRegular => Code::IV306,
            ReadError::TooLarge(e) => e.code(),
            ReadError::Changed | ReadError::Io(_) => Code::IV301,
        }
    }
}

/// Opens `path` for reading only if it is a regular file, and returns it with
/// its size. The final component is never followed if it is a symbolic link,
/// and opening never blocks: a pipe put in place of a file after the bundle
/// was walked is opened without waiting for a writer, seen not to be a
/// regular file, and closed unread.
pub fn open_regular(path: &Path) -> Result<(File, u64), ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    #[cfg(not(unix))]
    {
        // Without O_NONBLOCK, look before opening; the walk has already
        // kept only regular files.
        if !std::fs::symlink_metadata(path)?.is_file() {
            return Err(ReadError::NotRegular);
        }
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok((file, meta.len()))
}

/// Reads a regular file of at most `max` bytes. Memory is reserved from the
/// size seen when the file is opened and never beyond `max`; a file that
/// grows while it is read is refused once it passes its size at opening,
/// rather than read without end.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let (file, size) = open_regular(path)?;
    if size > max {
        return Err(ReadError::TooLarge(LimitError::TooLarge { size, max }));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(size + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > size {
        return Err(ReadError::Changed);
    }
    Ok(bytes)
}

/// Streams a regular file through `consume` in blocks, never holding more
/// than one block in memory, and refuses a file that grows while it is read.
pub fn stream_regular(path: &Path, mut consume: impl FnMut(&[u8])) -> Result<u64, ReadError> {
    let (file, size) = open_regular(path)?;
    let mut reader = file.take(size + 1);
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        total += n as u64;
        if total > size {
            return Err(ReadError::Changed);
        }
        consume(&buf[..n]);
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_never_read_and_never_waited_for() {
        let dir = tempfile::TempDir::new().unwrap();
        let pipe = dir.path().join("bundle.yaml");
        assert!(std::process::Command::new("mkfifo").arg(&pipe).status().unwrap().success());
        // Opening a FIFO for reading without O_NONBLOCK waits for a writer.
        assert!(matches!(read_regular(&pipe, 1024), Err(ReadError::NotRegular)));
        assert!(matches!(stream_regular(&pipe, |_| {}), Err(ReadError::NotRegular)));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_put_in_place_of_a_file_is_not_followed() {
        let dir = tempfile::TempDir::new().unwrap();
        std::fs::write(dir.path().join("secret"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret"), dir.path().join("policy.md")).unwrap();
        assert!(matches!(read_regular(&dir.path().join("policy.md"), 1024), Err(ReadError::Io(_))));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_holding_more_than_its_size_is_refused_not_read_without_end() {
        // /proc files say they are empty and are not: like a file that grows
        // while it is read.
        assert!(matches!(read_regular(Path::new("/proc/self/status"), 1024), Err(ReadError::Changed)));
        assert!(matches!(stream_regular(Path::new("/proc/self/status"), |_| {}), Err(ReadError::Changed)));
    }

    #[test]
    fn reads_within_the_bound_and_refuses_beyond_it() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("a.csv");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        assert_eq!(read_regular(&path, 100).unwrap().len(), 100);
        let refused = read_regular(&path, 99).unwrap_err();
        assert_eq!(refused.to_string(), "is 100 bytes, more than the 99 bytes ivaudit reads");
        assert_eq!(refused.code(), Code::IV303);
        let mut seen = 0;
        assert_eq!(stream_regular(&path, |b| seen += b.len()).unwrap(), 100);
        assert_eq!(seen, 100);
    }
}
