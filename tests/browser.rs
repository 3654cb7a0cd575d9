//! The WebAssembly build in a browser: `wasm-pack test --headless --chrome` runs the checks of
//! `tests/wasm/`, and the rendered HTML in a real DOM.
#![cfg(target_arch = "wasm32")]

mod support;
mod wasm;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn hostile_text_stays_text_in_the_dom() {
    let text = concat!(
        "</textarea><script>window.pwned = 1</script> <img src=x onerror=\"window.pwned=2\"> ",
        "<a href=\"javascript:alert(1)\">x</a>\n“We are ready,” Mark Rutte said in Kyiv."
    );
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    div.set_inner_html(&newsmark::wasm::render_html(text));
    assert_eq!(div.text_content().unwrap(), text, "every character once, as text");
    for tag in ["script", "img", "a", "textarea"] {
        assert_eq!(div.get_elements_by_tag_name(tag).length(), 0, "no <{tag}> element");
    }
    assert!(div.query_selector(".nm-claim").unwrap().is_some());
    assert!(div.query_selector("mark.nm-place").unwrap().is_some());
}
