using System.Text;

namespace Dot.Domain.Reports;

/// <summary>The encoding of an XML document, and how many of its first bytes are a byte-order mark.</summary>
internal sealed record XmlTextEncoding(Encoding Encoding, int PreambleLength);
