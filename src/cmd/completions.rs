//! `govdiff completions SHELL`: a completion script for the shell, from the clap definitions.

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete in. Install, e.g. for bash:
    /// `govdiff completions bash > ~/.local/share/bash-completion/completions/govdiff`;
    /// zsh: `govdiff completions zsh > ~/.zfunc/_govdiff`; fish:
    /// `govdiff completions fish > ~/.config/fish/completions/govdiff.fish`.
    shell: clap_complete::Shell,
}

pub fn run(args: Args, mut command: clap::Command) -> Result<super::Findings, String> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "govdiff", &mut out);
    super::emit(None, &out)?;
    Ok(super::Findings::default())
}
