#!/usr/bin/env python3
"""Builds corpus/samples/so-mogadishu-007.docx, a minimal valid Word (OOXML) document.

The package holds only what Word needs: [Content_Types].xml, _rels/.rels and word/document.xml,
with one w:p per line of the transcript and one two-cell table after the header block.
Entry times are fixed so the same script always writes the same bytes.

Usage (from the repository root):  python3 corpus/tools/make_docx.py
"""

import os
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "so-mogadishu-007.docx")

HEADER = [
    "WITNESS INTERVIEW",
    "Interview ID: SO-MOG-007",
    "Date of interview: 5 September 2019",
    "Place of interview: Eastleigh, Nairobi, Kenya",
    "Language: Somali",
    "Interviewer: Grace Wanjiru",
    "Interpreter: Abdirahman Farah",
]

# One row, two cells, placed after the header block.
TABLE = ("Note", "The witness asked that her name is not written down. She is referred to as W-77.")

BODY = [
    "Q: Where were you living in Mogadishu?",
    "A: In Hodan district, near the Maka al-Mukarama road. I had a small restaurant, tea and food, "
    "for the drivers and the people from the offices.",
    "Q: Before we started you told me about an explosion near your restaurant. When was that?",
    "A: In April 2018. A Tuesday, in the afternoon, around four. A car stopped at the checkpoint near "
    "the hotel, the soldiers were checking it, and it exploded. I was inside, behind the counter. The whole "
    "front of the restaurant came in. Glass, everything.",
    "Q: Were you hurt?",
    "A: Here, my arm, and my ear. I cannot hear well on this side since that day.",
    "Q: Did anyone die?",
    "A: My helper, a boy, Abdi, he was sixteen. He was outside giving tea to the drivers. He died. And the "
    "bajaj drivers, I saw three, four lying on the road, not moving. The radio said nine were killed. People "
    "said more, between fifteen and twenty, because the soldiers at the checkpoint also died.",
    "Q: Was there any fighting in the street before the explosion?",
    "A: No. There was no fighting, nothing, it was a normal day. People were buying, the buses were passing.",
    "Q: Do you know who was responsible?",
    "A: Al-Shabaab said it on their radio, Andalus, that it was them. Everybody knows.",
    "Q: Did anything else happen to you or to your family?",
    "A: Yes. The mortars. My sister lives in Wardhigley, not far from Villa Somalia. Al-Shabaab fire "
    "mortars at the Villa, at the president, but the mortars do not reach, they fall on the houses. In "
    "January 2019 one fell in her yard in the night. Her husband's mother was sleeping in the yard because "
    "of the heat. She died.",
    "Q: Did you see that?",
    "A: No, I came in the morning. I saw the hole in the ground, and the blood on the mat.",
    "Q: You also mentioned your brother.",
    "A: My brother is a farmer in Lower Shabelle, near Awdheegle. Last year, in the summer, there was an "
    "airstrike. The Americans, people say, because only the Americans have those planes there. It hit a car "
    "on the road near his farm. Three men died, farmers going to the market in the morning. My brother knew "
    "them. The radio said they were al-Shabaab. My brother says no, they were banana farmers, all three.",
    "Q: Did your brother see the strike?",
    "A: He heard it and he went to the car after. I did not see anything, he told me on the phone.",
    "Q: Is there something else you want to say?",
    "A: I closed the restaurant. I came to Nairobi with my children in May. I am afraid of cars now. When a "
    "car stops near me, I shake. [pause] That is all.",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(left: str, right: str) -> str:
    cell = '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{}</w:tc>'
    return (
        "<w:tbl>"
        '<w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders></w:tblPr>"
        
        '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
        f"<w:tr>{cell.format(paragraph(left))}{cell.format(paragraph(right))}</w:tr>"
        "</w:tbl>"
    )


def document_xml() -> str:
    parts = [paragraph(line) for line in HEADER]
    parts.append(table(*TABLE))
    parts.append(paragraph(""))
    parts.extend(paragraph(line) for line in BODY)
    body = "".join(parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)

RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)


def write(path: str) -> None:
    entries = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document_xml()),
    ]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, text in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    target = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else OUT)
    write(target)
    print(target)
