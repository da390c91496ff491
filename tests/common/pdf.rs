//! A PDF written by code for tests: pages of lines in Helvetica, an
//! outline and document information, built with lopdf.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

/// A line of a page: its height from the foot, type size, bold or not, text.
pub struct L(pub f32, pub f32, pub bool, pub &'static str);

/// Builds a PDF of `pages` (Helvetica, WinAnsi), with an outline of
/// (title, page) entries and an information title when given.
pub struct Pdf {
    pub doc: Document,
    pub pages_id: lopdf::ObjectId,
    pub kids: Vec<Object>,
    page_ids: Vec<lopdf::ObjectId>,
    resources: lopdf::ObjectId,
}

impl Pdf {
    pub fn new() -> Pdf {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let regular = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        });
        let bold = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica-Bold", "Encoding" => "WinAnsiEncoding",
        });
        let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => regular, "F2" => bold } });
        Pdf { doc, pages_id, kids: Vec::new(), page_ids: Vec::new(), resources }
    }

    pub fn page_of(&mut self, content: Vec<u8>, compress: bool) -> &mut Pdf {
        let mut stream = Stream::new(dictionary! {}, content);
        if compress {
            stream.compress().unwrap();
        }
        let content_id = self.doc.add_object(stream);
        let page = self.doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => self.pages_id, "Contents" => content_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        self.kids.push(page.into());
        self.page_ids.push(page);
        self
    }

    pub fn page(&mut self, lines: &[L]) -> &mut Pdf {
        let mut ops = Vec::new();
        for L(y, size, bold, text) in lines {
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new("Tf", vec![if *bold { "F2" } else { "F1" }.into(), (*size).into()]));
            ops.push(Operation::new("Td", vec![72.into(), (*y).into()]));
            ops.push(Operation::new("Tj", vec![Object::string_literal(*text)]));
            ops.push(Operation::new("ET", vec![]));
        }
        let content = Content { operations: ops }.encode().unwrap();
        self.page_of(content, true)
    }

    pub fn bytes(&mut self, outline: &[(&str, usize)], title: Option<&str>) -> Vec<u8> {
        let count = self.kids.len() as i64;
        self.doc.objects.insert(
            self.pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => self.kids.clone(), "Count" => count, "Resources" => self.resources,
            }),
        );
        for (t, page) in outline {
            let b = lopdf::Bookmark::new(t.to_string(), [0.0, 0.0, 0.0], 0, self.page_ids[page - 1]);
            self.doc.add_bookmark(b, None);
        }
        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => self.pages_id };
        if let Some(id) = self.doc.build_outline() {
            catalog.set("Outlines", id);
        }
        let catalog = self.doc.add_object(catalog);
        self.doc.trailer.set("Root", catalog);
        if let Some(t) = title {
            let info = self.doc.add_object(dictionary! { "Title" => Object::string_literal(t) });
            self.doc.trailer.set("Info", info);
        }
        let mut out = Vec::new();
        self.doc.save_to(&mut out).unwrap();
        out
    }
}
