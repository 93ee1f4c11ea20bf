fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    match pdf_extract::extract_text_from_mem(&bytes) {
        Ok(t) => {
            println!("{}", &t.chars().take(1500).collect::<String>());
            println!(
                "... {} chars, {} formfeeds",
                t.chars().count(),
                t.matches('\u{c}').count()
            );
        }
        Err(e) => println!("ERR {e}"),
    }
}
