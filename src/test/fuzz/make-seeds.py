# Writes the seed corpus of ReaderFuzzTest (run from the project root: python3 src/test/fuzz/make-seeds.py):
# the sample workbooks and hostile variants of them (truncated, duplicate zip entry, .xlsb parts, DOCTYPE,
# strict OOXML namespaces, text and HTML renamed) and AHP CSV matrices (valid, European, quoted, extreme values).
import zipfile, io, warnings
warnings.simplefilter('ignore')
B='src/test/resources/org/vendorbench/reliability/ReaderFuzzTestInputs'
R=B+'/responseReader'; F=B+'/rfpReader'; A=B+'/ahpCsv'
care=open('sample-rfps/vendor-careline.xlsx','rb').read()
med=open('sample-rfps/vendor-medconnect.xlsx','rb').read()
rfp=open('sample-rfps/mcc-rfp.xlsx','rb').read()
def w(path,data): open(path,'wb').write(data)
w(R+'/sample-careline.xlsx',care); w(R+'/sample-medconnect.xlsx',med)
w(R+'/empty',b''); w(R+'/truncated-half',care[:len(care)//2]); w(R+'/pk-header',b'PK\x03\x04\x00\x00')
w(R+'/text-dde','=cmd|\' /c calc\'!A1\n'.encode())
w(R+'/html','<html><body><table><tr><td>Yes</td></tr></table></body></html>'.encode())
def rezip(src, mutate):
    zin=zipfile.ZipFile(io.BytesIO(src)); out=io.BytesIO()
    with zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            for name,data in mutate(i.filename, zin.read(i.filename)):
                z.writestr(name,data)
    return out.getvalue()
def dup(n,d):
    return [(n,d),(n,d)] if n.endswith('sharedStrings.xml') else [(n,d)]
def xlsb(n,d):
    return [(n.replace('.xml','.bin') if n.startswith('xl/') else n, d)]
def doctype(n,d):
    if n.endswith('sharedStrings.xml'):
        return [(n, b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'+d.split(b'?>',1)[1])]
    return [(n,d)]
def strict(n,d):
    return [(n, d.replace(b'http://schemas.openxmlformats.org/spreadsheetml/2006/main', b'http://purl.oclc.org/ooxml/spreadsheetml/main').replace(b'http://schemas.openxmlformats.org/officeDocument/2006/relationships', b'http://purl.oclc.org/ooxml/officeDocument/relationships'))]
w(R+'/duplicate-entry', rezip(care, dup))
w(R+'/xlsb-parts', rezip(care, xlsb))
w(R+'/doctype', rezip(care, doctype))
w(R+'/strict-ooxml', rezip(care, strict))
w(F+'/sample-rfp.xlsx', rfp); w(F+'/empty', b''); w(F+'/truncated-half', rfp[:len(rfp)//2]); w(F+'/response-as-rfp.xlsx', med)
w(F+'/strict-ooxml', rezip(rfp, strict))
csvs={
 'valid-3':',Quality,Price,Risk\nQuality,1,3,5\nPrice,,1,2\nRisk,,,1\n',
 'semicolon-bom':'\ufeff;A;B\nA;1;1/3\nB;;1\n',
 'quoted':'"","Q, one",B\n"Q, one",1,0.5\nB,2,1\n',
 'inconsistent':',A,B,C\nA,1,9,1/9\nB,,1,9\nC,,,1\n',
 'huge-values':',A,B\nA,1,1e300\nB,1e-300,1\n',
 'not-reciprocal':',A,B\nA,1,3\nB,3,1\n',
 'formula':',=HYPERLINK("x"),B\n=HYPERLINK("x"),1,2\nB,,1\n',
 'empty':'',
 'ten':','+','.join('C%d'%i for i in range(10))+'\n'+''.join('C%d,'%i+','.join('1' for j in range(10))+'\n' for i in range(10)),
}
for k,v in csvs.items(): w(A+'/'+k, v.encode('utf-8'))
