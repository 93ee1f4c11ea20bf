//! `govdiff man`: the manual page (roff), generated from the clap definitions so that it never
//! disagrees with `--help`.

use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write one page per command (`govdiff.1`, `govdiff-compare.1`, …) into this directory
    /// instead of printing the main page. Read one with `man -l govdiff.1`.
    #[arg(long)]
    dir: Option<PathBuf>,
}

/// The roff of one page.
fn page(command: clap::Command) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut out)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

pub fn run(args: Args, command: clap::Command) -> Result<super::Findings, String> {
    let mut command = command.disable_help_subcommand(true);
    // Spreads the global options (--lang, --strict) into each command's page.
    command.build();
    let Some(dir) = args.dir else {
        super::emit(None, &page(command)?)?;
        return Ok(super::Findings::default());
    };
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut pages = vec![("govdiff.1".to_string(), command.clone())];
    for sub in command.get_subcommands() {
        let name = format!("govdiff-{}", sub.get_name());
        pages.push((
            format!("{name}.1"),
            sub.clone()
                .display_name(name)
                .bin_name(format!("govdiff {}", sub.get_name())),
        ));
    }
    for (file, cmd) in pages {
        super::emit(Some(&dir.join(file)), &page(cmd)?)?;
    }
    Ok(super::Findings::default())
}
